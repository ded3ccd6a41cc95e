package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.corpusbot.ingest.FeedAdmin;
import org.corpusbot.ingest.Ingested;
import org.corpusbot.ingest.Ingested.Outcome;
import org.junit.jupiter.api.Test;

/** What admins read after adding articles and in /feeds. */
class AdditionViewsTest {
  private final AddedView view = new AddedView(new CallbackData(new byte[32]));

  private static Ingested.Item item(String id, Outcome o, String sameAs) {
    return new Ingested.Item(id, "Title " + id, LocalDate.of(2021, 10, 31), o, sameAs);
  }

  @Test
  void aDuplicateSaysWhichIndexedArticleItRepeatsAndOffersNoSummary() {
    Ingested done = new Ingested(List.of(item("b", Outcome.DUPLICATE, "a")), List.of());
    assertThat(view.html(done, "b.txt"))
        .isEqualTo(
            "Already here: <b>Title b</b> (2021-10-31) is the same story as an indexed article (a),"
                + " so I keep one copy.");
    assertThat(view.keyboard(done)).isNull();
  }

  @Test
  void aNewerVersionSaysUpdatedAndOthersAreCounted() {
    Ingested done =
        new Ingested(
            List.of(item("a", Outcome.UPDATED, null), item("c", Outcome.UNCHANGED, null)),
            List.of());
    assertThat(view.html(done, "x.jsonl"))
        .startsWith("Updated: <b>Title a</b> (2021-10-31). Ask me about it.")
        .contains("1 article were already here");
    assertThat(view.keyboard(done).getKeyboard().get(0)).hasSize(1);
  }

  @Test
  void aFileWithNothingReadableSaysWhy() {
    Ingested done = new Ingested(List.of(), List.of("1 malformed JSON", "2 without text"));
    assertThat(view.html(done, "bad.jsonl"))
        .isEqualTo("Nothing added from bad.jsonl: 1 malformed JSON; 2 without text.");
    assertThat(view.html(new Ingested(List.of(), List.of()), "empty.txt"))
        .isEqualTo("I found no article in empty.txt.");
  }

  @Test
  void feedsShowTheirStateWithoutCredentials() {
    Instant t = Instant.parse("2026-12-02T08:15:00Z");
    String html =
        FeedsCommand.html(
            List.of(
                new FeedAdmin.Status(
                    "https://news.example.com/rss", "Example News", t, t, 42, 0, null, true),
                new FeedAdmin.Status(
                    "https://reader:s3cret@paywall.example.org/feed",
                    null,
                    t,
                    t.minusSeconds(86_400),
                    3,
                    4,
                    "HTTP 503",
                    false)));
    assertThat(html)
        .contains("1. <b>Example News</b> https://news.example.com/rss")
        .contains("last fetched 2026-12-02 08:15 UTC, 42 articles")
        .contains("failing (4 times in a row): HTTP 503; last success 2026-12-01 08:15 UTC")
        .contains("https://paywall.example.org/feed")
        .doesNotContain("s3cret");
  }
}
