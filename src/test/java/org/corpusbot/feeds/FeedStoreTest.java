package org.corpusbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStoreTest {
  @TempDir Path dir;

  @Test
  void keepsEveryFeedsStateAcrossASaveAndALoad() throws Exception {
    FeedEntry e = new FeedEntry("https://example.org/rss", true);
    e.take("//example.org/a", "2026-11-30T08:00:00Z 0123");
    e.fetched(Instant.parse("2026-12-01T10:00:00Z"), "Example", "\"v1\"", "Tue, 01 Dec 2026", 1);
    new FeedStore(dir).save(List.of(e));

    List<FeedEntry> back = new FeedStore(dir).load();

    assertThat(back)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.status()).isEqualTo(e.status());
              assertThat(b.conditions()).isEqualTo(e.conditions());
              assertThat(b.taken("//example.org/a", "2026-11-30T08:00:00Z 0123")).isTrue();
            });
    assertThat(Files.list(dir.resolve("feeds")).map(p -> p.getFileName().toString()))
        .containsExactly("feeds.json");
  }

  @Test
  void aDamagedStateFileFailsTheStartNamingIt() throws Exception {
    Files.createDirectories(dir.resolve("feeds"));
    Files.writeString(dir.resolve("feeds/feeds.json"), "[{\"url\": ");

    assertThatThrownBy(() -> new FeedStore(dir).load())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("feeds.json")
        .hasMessageContaining("fix or remove it");
  }

  @Test
  void remembersTheLatestItemsOnly() {
    FeedEntry e = new FeedEntry("https://example.org/rss", false);
    for (int i = 0; i <= FeedEntry.SEEN_LIMIT; i++) {
      e.take("k" + i, "f");
    }
    assertThat(e.taken("k0", "f")).isFalse();
    assertThat(e.taken("k1", "f")).isTrue();
    assertThat(e.taken("k" + FeedEntry.SEEN_LIMIT, "f")).isTrue();
  }
}
