package org.corpusbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpusbot.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Loads the shared research corpora as they are; skipped where ../shared/data is absent (failed in
 * CI).
 */
class RealDataLoadIT {
  private final CorpusLoader loader = CorpusLoader.standard(JsonFields.defaults());

  @Test
  void loadsTheRealtimeQaArticlesCleaningTheZeroWidthParagraph() {
    Path file = SharedData.require("rtqa/articles.jsonl");
    List<Article> out = new ArrayList<>();
    LoadReport r = loader.load(file, out::add);
    // 61 pages kept only their furniture: 56 are their headline, 5 had none (PageFurniture)
    assertThat(r.loaded()).isEqualTo(6084);
    assertThat(r.skipped()).containsExactlyEntriesOf(java.util.Map.of("no text", 5));
    assertThat(r.degraded()).isEqualTo(56);
    Article page = out.stream().filter(a -> a.id().equals("rtqa-002670")).findFirst().orElseThrow();
    assertThat(page.text())
        .isEqualTo("Nissan recalls more than 200,000 pickup trucks due to rollaway risk ...");
    Article trap = out.stream().filter(a -> a.id().equals("rtqa-004498")).findFirst().orElseThrow();
    assertThat(trap.text()).doesNotContain("\u200b");
    for (String paragraph : trap.text().split("\n\n")) {
      assertThat(paragraph).isNotBlank();
    }
    assertThat(out).allSatisfy(a -> assertThat(a.date()).isNotNull());
  }

  @Test
  void loadsReutersSkippingStoriesWithoutABodyWithACount() {
    Path file = SharedData.require("reuters21578.jsonl");
    List<Article> out = new ArrayList<>();
    LoadReport r = loader.load(file, out::add);
    assertThat(r.loaded()).isEqualTo(19043);
    assertThat(r.skipped()).containsExactlyEntriesOf(java.util.Map.of("no text", 2535));
    assertThat(out).allSatisfy(a -> assertThat(a.date()).isNotNull());
    assertThat(out.get(0).text())
        .startsWith("SALVADOR, Feb 26 - Showers continued")
        .doesNotEndWith("Reuter");
  }
}
