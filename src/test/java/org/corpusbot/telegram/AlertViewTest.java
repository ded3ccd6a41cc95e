package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.corpusbot.follows.Alert;
import org.corpusbot.follows.Deliveries.Delivery;
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
    AlertView.Rendered r = view.render(new Delivery(1, false, List.of(a), Map.of(7L, topic)));

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
            new Delivery(1, true, List.of(vell, older, newer), Map.of(7L, topic, 9L, later)));

    String html = r.html();
    assertThat(html).contains("daily digest").contains("3 new articles");
    assertThat(html.indexOf("dock &lt;strike&gt;")).isLessThan(html.indexOf("<b>Vell</b>"));
    assertThat(html.indexOf("Newer strike story")).isLessThan(html.indexOf("Older strike story"));
    assertThat(html).contains("[1] <b>Newer").contains("[2] <b>Older").contains("[3] <b>Vell");
    assertThat(r.keyboard().getKeyboard()).hasSize(3);
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
