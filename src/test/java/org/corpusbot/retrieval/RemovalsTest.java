package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Corpus;
import org.corpusbot.corpus.LoadReport;
import org.junit.jupiter.api.Test;

/** Which articles a run may remove: a table of indexes, loads and what the plan must say. */
class RemovalsTest {
  private static final double SHARE = 0.2;

  /** {@code n} indexed articles a0…, article i in file f(i % files).txt, or no file when null. */
  private static Map<String, IndexedArticle> indexed(int n, Integer files) {
    Map<String, IndexedArticle> out = new HashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(
          "a" + i,
          new IndexedArticle("h", files == null ? null : "f" + (i % files) + ".txt", null));
    }
    return out;
  }

  private static Set<String> seen(int from, int to) {
    Set<String> out = new HashSet<>();
    IntStream.range(from, to).forEach(i -> out.add("a" + i));
    return out;
  }

  private static Corpus corpus(int articles, Set<String> read, Map<String, String> unread) {
    List<Article> list =
        IntStream.range(0, articles)
            .mapToObj(i -> new Article("x" + i, "T", null, null, null, List.of(), "text", null))
            .toList();
    return new Corpus(
        "/srv/news", list, new LoadReport(articles, read.size(), Map.of(), 0, read, unread));
  }

  private static Removals.Plan plan(
      Map<String, IndexedArticle> indexed, Set<String> seen, Corpus corpus, boolean allow) {
    return Removals.plan(indexed, seen, corpus, SHARE, allow);
  }

  @Test
  void aCompleteLoadRemovesWhatItDidNotSee() {
    var p =
        plan(indexed(10, 2), seen(0, 9), corpus(9, Set.of("f0.txt", "f1.txt"), Map.of()), false);
    assertThat(p.remove()).containsExactly("a9");
    assertThat(p.kept()).isEmpty();
    assertThat(p.refused()).isEmpty();
    assertThat(p.warning()).isNull();
  }

  @Test
  void articlesOfAFileThatCouldNotBeReadAreKept() {
    // f1.txt failed half-way: a1 and a3 were seen, a5, a7, a9 were not; f0.txt lost a8.
    Set<String> seen = seen(0, 5);
    seen.addAll(Set.of("a6"));
    var p =
        plan(
            indexed(10, 2),
            seen,
            corpus(6, Set.of("f0.txt"), Map.of("f1.txt", "unreadable: Input/output error")),
            false);
    assertThat(p.remove()).containsExactly("a8");
    assertThat(p.kept()).containsExactly("a5", "a7", "a9");
    assertThat(p.warning())
        .contains("Keeping 3 indexed articles")
        .contains("a5, a7, a9")
        .contains("f1.txt: unreadable: Input/output error");
  }

  @Test
  void articlesIndexedBeforeFilesWereRecordedAreKeptWhenAnyFileFailed() {
    var p =
        plan(
            indexed(4, null),
            seen(0, 2),
            corpus(2, Set.of("f0.txt"), Map.of("x.jsonl", "e")),
            false);
    assertThat(p.remove()).isEmpty();
    assertThat(p.kept()).containsExactly("a2", "a3");
    var complete = plan(indexed(4, null), seen(0, 3), corpus(3, Set.of("f0.txt"), Map.of()), false);
    assertThat(complete.remove()).containsExactly("a3");
  }

  @Test
  void anEmptyCorpusRemovesNothingAndSaysWhy() {
    var p = plan(indexed(61, 61), Set.of(), corpus(0, Set.of(), Map.of()), false);
    assertThat(p.remove()).isEmpty();
    assertThat(p.refused()).hasSize(61);
    assertThat(p.warning())
        .contains("Not removing 61 of 61 indexed articles")
        .contains("a0, a1, a10, a11, a12 and 56 more")
        .contains("/srv/news gave no articles at all: an empty or unmounted folder?")
        .contains("corpusbot index --allow-mass-delete");
  }

  @Test
  void removingMoreThanTheShareIsRefusedUnlessAllowed() {
    Corpus c = corpus(70, Set.of("f0.txt"), Map.of());
    var refused = plan(indexed(100, 100), seen(0, 70), c, false);
    assertThat(refused.remove()).isEmpty();
    assertThat(refused.refused()).hasSize(30);
    assertThat(refused.warning())
        .contains("30 of 100 indexed articles")
        .contains("30% of the index, more than index.max-delete-share (20%)");
    var allowed = plan(indexed(100, 100), seen(0, 70), c, true);
    assertThat(allowed.remove()).hasSize(30);
    assertThat(allowed.warning()).isNull();
  }

  @Test
  void aFewRemovalsAreEditingEvenInASmallIndex() {
    var p = plan(indexed(6, 6), seen(0, 1), corpus(1, Set.of("f0.txt"), Map.of()), false);
    assertThat(p.remove()).hasSize(5);
    var within = plan(indexed(100, 100), seen(0, 81), corpus(81, Set.of(), Map.of()), false);
    assertThat(within.remove()).hasSize(19);
  }

  private static Removals.Plan rebuild(
      Map<String, IndexedArticle> indexed, Set<String> seen, Corpus corpus, boolean allow) {
    return Removals.planRebuild(indexed, seen, corpus, SHARE, allow);
  }

  @Test
  void aRebuildRemovesWhatAnUpdateWouldAndHoldsBackNothing() {
    var p =
        rebuild(indexed(10, 2), seen(0, 9), corpus(9, Set.of("f0.txt", "f1.txt"), Map.of()), false);
    assertThat(p.remove()).containsExactly("a9");
    assertThat(p.holdsBack()).isFalse();
    assertThat(p.warning()).isNull();
  }

  @Test
  void aRebuildThatWouldLoseTheArticlesOfAnUnreadFileIsRefusedUntilAllowed() {
    Set<String> seen = seen(0, 5);
    Corpus c = corpus(5, Set.of("f0.txt"), Map.of("f1.txt", "unreadable: Input/output error"));
    var p = rebuild(indexed(10, 2), seen, c, false);
    assertThat(p.holdsBack()).isTrue();
    assertThat(p.remove()).isEmpty();
    assertThat(p.kept()).containsExactly("a5", "a7", "a9");
    assertThat(p.warning())
        .startsWith("Not rebuilding the index. 3 indexed articles (a5, a7, a9) come from files")
        .contains("f1.txt: unreadable: Input/output error")
        .contains("cannot be embedded again")
        .contains("the previous index stays in service")
        .contains("corpusbot index --rebuild --allow-mass-delete");
    var allowed = rebuild(indexed(10, 2), seen, c, true);
    assertThat(allowed.holdsBack()).isFalse();
    assertThat(allowed.remove()).containsExactly("a5", "a6", "a7", "a8", "a9");
    assertThat(allowed.warning()).startsWith("Dropping 3 indexed articles (a5, a7, a9)");
  }

  @Test
  void aRebuildFromAnEmptyCorpusIsRefusedUntilAllowed() {
    var p = rebuild(indexed(61, 61), Set.of(), corpus(0, Set.of(), Map.of()), false);
    assertThat(p.holdsBack()).isTrue();
    assertThat(p.remove()).isEmpty();
    assertThat(p.refused()).hasSize(61);
    assertThat(p.warning())
        .contains("It would remove 61 of 61 indexed articles (a0, a1, a10, a11, a12 and 56 more)")
        .contains("gave no articles at all");
    var allowed = rebuild(indexed(61, 61), Set.of(), corpus(0, Set.of(), Map.of()), true);
    assertThat(allowed.remove()).hasSize(61);
    assertThat(allowed.warning()).isNull();
  }
}
