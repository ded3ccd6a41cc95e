package org.corpusbot.retrieval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Chunker;
import org.corpusbot.corpus.Passage;
import org.corpusbot.corpus.SentenceSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes articles in batches: chunks each (at most its first {@code maxChars} characters), embeds
 * the batch's passages in one call, and writes each article, its passages and its annotations as
 * one {@link ArticleBlock}. Between batches it reports progress, commits when due, and stops when
 * asked.
 */
final class PassageWriter {
  private static final Logger log = LoggerFactory.getLogger(PassageWriter.class);
  private static final int BATCH_PASSAGES = 96;

  private final Embedder embedder;
  private final Chunker chunker;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Annotations annotations;
  private final int maxChars;

  PassageWriter(Embedder embedder, Chunker chunker, Annotations annotations, int maxChars) {
    this.embedder = embedder;
    this.chunker = chunker;
    this.annotations = annotations;
    this.maxChars = maxChars;
  }

  /** Articles and passages written, and whether the run stopped before the end when asked. */
  record Written(int articles, int passages, boolean stopped) {}

  /** Writes {@code todo} as served articles, each with its stamp from {@code stamps}. */
  Written write(
      ArchiveWriter writer,
      List<Article> todo,
      Map<String, Duplicates.Stamp> stamps,
      IndexProgress progress,
      Checkpoints checkpoints)
      throws IOException {
    int passages = 0;
    int done = 0;
    List<Article> batch = new ArrayList<>();
    List<Article> heads = new ArrayList<>();
    List<List<Passage>> chunks = new ArrayList<>();
    int pending = 0;
    for (int i = 0; i < todo.size(); i++) {
      Article a = todo.get(i);
      Article head = head(a);
      List<Passage> ps = chunker.chunk(head);
      batch.add(a);
      heads.add(head);
      chunks.add(ps);
      pending += ps.size();
      if (pending >= BATCH_PASSAGES || i == todo.size() - 1) {
        passages += writeBatch(writer, batch, heads, chunks, stamps);
        done += batch.size();
        batch.clear();
        heads.clear();
        chunks.clear();
        pending = 0;
        progress.update(done, todo.size());
        if (done < todo.size() && checkpoints.stopRequested()) {
          return new Written(done, passages, true);
        }
        checkpoints.commitIfDue();
      }
    }
    return new Written(done, passages, false);
  }

  /**
   * What the model sees of a passage: the article's title gives it context a lone paragraph lacks
   * ("the talks" → which talks).
   */
  static String embeddingInput(String title, String passage) {
    return title + ". " + passage;
  }

  /** The article as far as chunking, embedding and contacts go, with a warning when cut. */
  private Article head(Article a) {
    Article head = ArticleHead.of(a, maxChars);
    if (head != a) {
      log.warn(
          String.format(
              Locale.ROOT,
              "Article %s%s has %,d characters: only the first %,d are embedded and read for"
                  + " contacts (index.max-article-chars); all of it is stored and found by its"
                  + " words",
              a.id(),
              a.file() == null ? "" : " (" + a.file() + ")",
              a.text().length(),
              head.text().length()));
    }
    return head;
  }

  private int writeBatch(
      ArchiveWriter writer,
      List<Article> batch,
      List<Article> heads,
      List<List<Passage>> chunks,
      Map<String, Duplicates.Stamp> stamps)
      throws IOException {
    List<Embedder.SentenceInput> inputs = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      String title = batch.get(i).title();
      for (Passage p : chunks.get(i)) {
        String input = embeddingInput(title, p.text());
        List<String> sentences =
            splitter.split(p.text()).stream().map(s -> s.of(p.text())).toList();
        inputs.add(
            new Embedder.SentenceInput(input, input.length() - p.text().length(), sentences));
      }
    }
    List<Embedder.PassageVectors> vectors = embedder.embedWithSentences(inputs);
    int v = 0;
    for (int i = 0; i < batch.size(); i++) {
      Article a = batch.get(i);
      List<ArticleBlock.Vectored> passages = new ArrayList<>();
      Duplicates.Stamp stamp = stamps.get(a.id());
      for (Passage p : chunks.get(i)) {
        Embedder.PassageVectors pv = vectors.get(v++);
        byte[] sentences =
            pv.sentences() == null
                ? null
                : SentenceVectors.encode(pv.sentences(), pv.passage().length);
        passages.add(new ArticleBlock.Vectored(p, pv.passage(), sentences));
      }
      embedder.foreground().yieldToForeground(); // finding contacts costs as much as a passage
      List<Annotation> found = annotations.of(heads.get(i));
      writer.write(
          new ArticleBlock(
              a, Delta.hash(a), stamp.fp(), stamp.cluster(), stamp.arrival(), passages, found));
    }
    return inputs.size();
  }
}
