package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.corpusbot.follows.Alert;
import org.corpusbot.follows.Deliveries.Delivery;
import org.corpusbot.follows.Deliveries.Kind;
import org.corpusbot.follows.Follow;
import org.junit.jupiter.api.Test;

/** Alerts and digests as Telegram HTML: what comes from outside is escaped; digests are ordered. */
class AlertViewTest {
  private final CallbackData callbacks = new CallbackData(new byte[32]);
  private final AlertView view = new AlertView(callbacks);
  private final Follow topic =
      new Follow(7, 1, Follow.Kind.TOPIC, "dock <strike>", List.of(), 0, Instant.EPOCH, null, null);

  @Test
  void anAlertEscapesTitleSourceSentenceAndFollowAndLinksOnlyWebAddresses() {
    Alert a =
        alert(1, "x", "<b>Docks & cranes</b>", LocalDate.of(2026, 3, 1), "javascript:alert(1)");
    AlertView.Rendered r = view.render(new Delivery(1, Kind.ALERT, List.of(a), Map.of(7L, topic)));

    assertThat(r.html())
        .contains("&lt;b&gt;Docks &amp; cranes&lt;/b&gt;")
        .contains("&lt;Wire&gt;")
        .contains("a &lt; b &amp; c")
        .contains("dock &lt;strike&gt;")
        .contains("[1]")
        .doesNotContain("javascript:")
        .doesNotContain("<Wire>");
    List<String> labels = r.keyboard().getKeyboard().get(0).stream().map(b -> b.getText()).toList();
    assertThat(labels).hasSize(2).last().isEqualTo("Summarize");
    assertThat(labels.get(0)).startsWith("[1] ");
    String data = r.keyboard().getKeyboard().get(0).get(0).getCallbackData();
    assertThat(callbacks.decode(data))
        .contains(new CallbackData.Source("x", 10, 20))
        .as("the source button quotes the first sentence only");
  }

  @Test
  void aDigestGroupsByFollowInFollowOrderNewestFirstEachCited() {
    Follow later =
        new Follow(9, 1, Follow.Kind.PERSON, "Vell", List.of("Vell"), 0, Instant.EPOCH, null, null);
    Alert older = alert(1, "old", "Older strike story", LocalDate.of(2026, 3, 1), null);
    Alert newer = alert(2, "new", "Newer strike story", LocalDate.of(2026, 3, 2), null);
    Alert vell = alert(3, "vell", "Vell story", LocalDate.of(2026, 3, 3), null, 9);
    AlertView.Rendered r =
        view.render(
            new Delivery(
                1, Kind.DIGEST, List.of(vell, older, newer), Map.of(7L, topic, 9L, later)));

    String html = r.html();
    assertThat(html).contains("daily digest").contains("3 new articles");
    assertThat(html.indexOf("dock &lt;strike&gt;")).isLessThan(html.indexOf("<b>Vell</b>"));
    assertThat(html.indexOf("Newer strike story")).isLessThan(html.indexOf("Older strike story"));
    assertThat(html).contains("[1] <b>Newer").contains("[2] <b>Older").contains("[3] <b>Vell");
    assertThat(r.keyboard().getKeyboard()).hasSize(3);
  }

  @Test
  void whatADigestHeldWhenTurnedOffSaysSoNotDaily() {
    Alert a = alert(1, "x", "Strike story", LocalDate.of(2026, 3, 1), null);
    String html = view.render(new Delivery(1, Kind.HELD, List.of(a), Map.of(7L, topic))).html();
    assertThat(html).startsWith("<b>Held while your digest was on</b>: 1 new article");
    assertThat(html).doesNotContain("daily digest");
  }

  @Test
  void aBigDayIsOneMessageWithTheNewestFiveOfEachFollowAndTheRestCounted() {
    Follow other =
        new Follow(9, 1, Follow.Kind.PERSON, "Vell", List.of("Vell"), 0, Instant.EPOCH, null, null);
    List<Alert> alerts = new java.util.ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      alerts.add(alert(i, "s" + i, "Strike story " + i, LocalDate.of(2026, 3, i), null));
    }
    alerts.add(alert(13, "v1", "Vell story", LocalDate.of(2026, 3, 1), null, 9));
    AlertView.Rendered r =
        view.render(new Delivery(1, Kind.DIGEST, alerts, Map.of(7L, topic, 9L, other)));

    String html = r.html();
    assertThat(html).contains("13 new articles");
    assertThat(html).contains("[1] <b>Strike story 12").contains("[5] <b>Strike story 8");
    assertThat(html).doesNotContain("Strike story 7<").contains("… and 7 more articles");
    assertThat(html).contains("[6] <b>Vell story").doesNotContain("1 more article");
    assertThat(new MessageSplitter().split(html)).hasSize(1);
  }

  @Test
  void aDigestOfManyFollowsWithLongQuotesStaysOneMessage() {
    Map<Long, Follow> follows = new java.util.HashMap<>();
    List<Alert> alerts = new java.util.ArrayList<>();
    for (long f = 1; f <= 20; f++) {
      follows.put(
          f,
          new Follow(
              f, 1, Follow.Kind.TOPIC, "topic " + f, List.of(), 0, Instant.EPOCH, null, null));
      for (int i = 0; i < 5; i++) {
        alerts.add(longAlert(f * 10 + i, "t" + f + "-" + i, f));
      }
    }
    AlertView.Rendered r = view.render(new Delivery(1, Kind.DIGEST, alerts, follows));

    String html = r.html();
    assertThat(html.length()).isLessThanOrEqualTo(AlertView.ONE_MESSAGE);
    assertThat(new MessageSplitter().split(html)).hasSize(1);
    assertThat(html).contains("“topic 1”\n[1] ").contains("“topic 20”\n… and 5 more articles");
    assertThat(html).contains("100 new articles").contains("more articles");
  }

  private static Alert longAlert(long seq, String id, long follow) {
    String words = "The harbour board met the dock workers again for many hours. ".repeat(10);
    return new Alert(
        seq,
        follow,
        1,
        id,
        id,
        seq,
        "A rather long title about the harbour strike and the talks " + seq,
        LocalDate.of(2026, 3, 1),
        "Wire",
        null,
        List.of(new Alert.Sentence(words, 0, words.length())),
        1,
        Instant.EPOCH);
  }

  private static Alert alert(long seq, String id, String title, LocalDate date, String url) {
    return alert(seq, id, title, date, url, 7);
  }

  private static Alert alert(
      long seq, String id, String title, LocalDate date, String url, long follow) {
    return new Alert(
        seq,
        follow,
        1,
        id,
        id,
        seq,
        title,
        date,
        "<Wire>",
        url,
        List.of(new Alert.Sentence("a < b & c", 10, 20), new Alert.Sentence("more.", 30, 35)),
        1,
        Instant.EPOCH);
  }
}
