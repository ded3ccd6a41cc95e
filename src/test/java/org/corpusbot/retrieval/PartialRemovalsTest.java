package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Corpus;
import org.corpusbot.corpus.LoadReport;
import org.junit.jupiter.api.Test;

/**
 * The removals of a partial load (a watched folder's changed files): only articles of the files it
 * looked at can go, never those of a file it could not read, and the mass-delete guard holds.
 */
class PartialRemovalsTest {
  private static final double SHARE = 0.2;

  /** 40 indexed articles a0… in files: a0-a9 in "sub/f<i>.txt", the rest in "f<i>.txt". */
  private static Map<String, IndexedArticle> indexed() {
    Map<String, IndexedArticle> out = new HashMap<>();
    for (int i = 0; i < 40; i++) {
      out.put("a" + i, new IndexedArticle("h", (i < 10 ? "sub/f" : "f") + i + ".txt", null));
    }
    return out;
  }

  private static Corpus partial(
      int articles, Set<String> scope, Set<String> read, Map<String, String> unread) {
    List<Article> list =
        java.util.stream.IntStream.range(0, articles)
            .mapToObj(i -> new Article("x" + i, "T", null, null, null, List.of(), "text", null))
            .toList();
    return new Corpus(
        "/srv/news", list, new LoadReport(articles, read.size(), Map.of(), 0, read, unread), scope);
  }

  private static Set<String> allBut(String... gone) {
    Set<String> seen = new java.util.HashSet<>(indexed().keySet());
    seen.removeAll(List.of(gone));
    return seen;
  }

  @Test
  void onlyArticlesOfTheFilesLookedAtCanGo() {
    // f12.txt deleted; f13.txt read and holding nothing now; a20 not seen, but f20 was not looked
    // at
    Corpus c = partial(0, Set.of("f12.txt", "f13.txt"), Set.of("f13.txt"), Map.of());
    var p = Removals.plan(indexed(), allBut("a12", "a13", "a20"), c, SHARE, false);
    assertThat(p.remove()).containsExactlyInAnyOrder("a12", "a13");
    assertThat(p.kept()).isEmpty();
    assertThat(p.refused()).isEmpty();
  }

  @Test
  void aDeletedFolderTakesTheArticlesOfItsFiles() {
    Corpus c = partial(1, Set.of("sub"), Set.of(), Map.of());
    var p = Removals.plan(indexed(), allBut("a0", "a1", "a2", "a3", "a4"), c, 0.5, false);
    assertThat(p.remove()).containsExactlyInAnyOrder("a0", "a1", "a2", "a3", "a4");
  }

  @Test
  void aFileThatCouldNotBeReadKeepsItsArticles() {
    Corpus c = partial(0, Set.of("f12.txt"), Set.of(), Map.of("f12.txt", "unreadable"));
    var p = Removals.plan(indexed(), allBut("a12"), c, SHARE, false);
    assertThat(p.remove()).isEmpty();
    assertThat(p.kept()).containsExactly("a12");
    assertThat(p.warning()).contains("Keeping 1 indexed article (a12)");
  }

  @Test
  void aFolderThatCouldNotBeListedKeepsWhatItHeld() {
    Corpus c = partial(0, Set.of("sub"), Set.of(), Map.of("sub", "unreadable"));
    var p = Removals.plan(indexed(), allBut("a3"), c, SHARE, false);
    assertThat(p.kept()).containsExactly("a3");
  }

  @Test
  void removingTooManyAtOnceIsRefusedAsInAWholeLoad() {
    // ten of forty: 25 %, more than a fifth and more than a few
    Corpus c = partial(0, Set.of("sub"), Set.of(), Map.of());
    String[] gone = {"a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9"};
    var p = Removals.plan(indexed(), allBut(gone), c, SHARE, false);
    assertThat(p.remove()).isEmpty();
    assertThat(p.refused()).hasSize(10);
    assertThat(p.warning()).contains("more than index.max-delete-share");
    assertThat(Removals.plan(indexed(), allBut(gone), c, SHARE, true).remove()).hasSize(10);
  }

  @Test
  void aFewDeletedFilesAreNotAnEmptyCorpusButEmptyingTheIndexIs() {
    Corpus c = partial(0, Set.of("f12.txt"), Set.of(), Map.of());
    assertThat(Removals.plan(indexed(), allBut("a12"), c, SHARE, false).remove())
        .containsExactly("a12");
    Map<String, IndexedArticle> two =
        Map.of(
            "a0",
            new IndexedArticle("h", "f0.txt", null),
            "a1",
            new IndexedArticle("h", "f1.txt", null));
    Corpus both = partial(0, Set.of("f0.txt", "f1.txt"), Set.of(), Map.of());
    var p = Removals.plan(two, Set.of(), both, SHARE, false);
    assertThat(p.remove()).isEmpty();
    assertThat(p.warning()).contains("gave no articles at all");
  }
}
