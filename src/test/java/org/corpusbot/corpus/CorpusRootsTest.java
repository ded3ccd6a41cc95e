package org.corpusbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus read with the inbox, and partial loads of the files that changed. */
class CorpusRootsTest {
  @TempDir Path dir;

  private final CorpusLoader loader = CorpusLoader.standard(JsonFields.defaults());

  private static void article(Path file, String title) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(
        file, "title " + title + "\n\nThe council met on Tuesday about " + title + ".\n");
  }

  @Test
  void theInboxIsReadWithPrefixedNamesAndOnceWhenInsideTheCorpus() throws Exception {
    Path corpus = dir.resolve("corpus");
    article(corpus.resolve("a.txt"), "Alpha");
    article(corpus.resolve("inbox/b.txt"), "A corpus folder named inbox");
    Path inbox = corpus.resolve("data/inbox"); // a data folder inside the corpus
    article(inbox.resolve("files/a.txt"), "Arrived");
    List<Article> out = new ArrayList<>();
    LoadReport r =
        loader.load(List.of(CorpusRoot.corpus(corpus), CorpusRoot.inbox(inbox)), out::add);
    assertThat(out)
        .extracting(Article::id)
        .containsExactlyInAnyOrder("a", "inbox/b", "inbox/files/a");
    assertThat(out).extracting(Article::file).contains("inbox/files/a.txt");
    assertThat(r.files()).isEqualTo(3);
    assertThat(r.read()).contains("a.txt", "inbox/files/a.txt");
  }

  @Test
  void anAbsentInboxIsNoProblem() throws Exception {
    Path corpus = dir.resolve("corpus");
    article(corpus.resolve("a.txt"), "Alpha");
    List<Article> out = new ArrayList<>();
    loader.load(
        List.of(CorpusRoot.corpus(corpus), CorpusRoot.inbox(dir.resolve("data/inbox"))), out::add);
    assertThat(out).hasSize(1);
  }

  @Test
  void aPartialLoadReadsOnlyTheChangedPathsAndScopesTheGoneOnes() throws Exception {
    Path corpus = dir.resolve("corpus");
    article(corpus.resolve("a.txt"), "Alpha");
    article(corpus.resolve("b.txt"), "Beta");
    article(corpus.resolve("sub/c.txt"), "Gamma");
    article(corpus.resolve("sub/deeper/d.txt"), "Delta");
    List<Article> out = new ArrayList<>();
    CorpusLoader.Scoped s =
        loader.loadFiles(
            List.of(CorpusRoot.corpus(corpus)),
            List.of(
                corpus.resolve("b.txt"),
                corpus.resolve("gone.txt"),
                corpus.resolve("sub"),
                corpus.resolve("sub/c.txt"), // inside a folder of the batch: read once
                corpus.resolve(".hidden.part"),
                dir.resolve("elsewhere.txt"),
                corpus),
            out::add);
    assertThat(out).extracting(Article::id).containsExactlyInAnyOrder("b", "sub/c", "sub/deeper/d");
    assertThat(s.scope()).containsExactlyInAnyOrder("b.txt", "gone.txt", "sub");
    assertThat(s.report().read())
        .containsExactlyInAnyOrder("b.txt", "sub/c.txt", "sub/deeper/d.txt");
    Corpus c = new Corpus(corpus.toString(), out, s.report(), s.scope());
    assertThat(c.inScope("sub/deeper/x.txt")).isTrue();
    assertThat(c.inScope("a.txt")).isFalse();
    assertThat(c.inScope("subway.txt")).isFalse();
  }
}
