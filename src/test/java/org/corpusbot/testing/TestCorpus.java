package org.corpusbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Chunker;
import org.corpusbot.corpus.Corpus;
import org.corpusbot.corpus.CorpusLoader;
import org.corpusbot.corpus.JsonFields;
import org.corpusbot.corpus.LoadReport;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.meetings.ContactAnnotator;
import org.corpusbot.meetings.ContactStore;
import org.corpusbot.meetings.MeetingExtractor;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.Embedder;
import org.corpusbot.retrieval.EmbeddingModelChoice;
import org.corpusbot.retrieval.HybridSearcher;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexReport;
import org.corpusbot.retrieval.Indexer;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.LuceneAnnotations;
import org.corpusbot.retrieval.LuceneCatalog;
import org.corpusbot.retrieval.RetrievalTuning;
import org.corpusbot.retrieval.SyncOptions;
import org.corpusbot.summary.Summaries;
import org.corpusbot.summary.SummaryTuning;

/**
 * A real corpus folder and index for tests: the seed article plus the hand-written fixture
 * articles, indexed with the real embedding model into a temporary folder.
 */
public final class TestCorpus {
  public static final String SEED_ID = "000_a6be4f5d739f5fe2";
  public static final int CHUNK = 600;

  private static Embedder embedder;

  private TestCorpus() {}

  /** One embedder for the whole test run; loading the model is the slow part. */
  public static synchronized Embedder embedder() {
    if (embedder == null) {
      embedder = new Embedder(EmbeddingModelChoice.MINILM);
    }
    return embedder;
  }

  public static Path seed() {
    return Path.of("corpus", SEED_ID + ".txt");
  }

  public static Path fixtures() {
    try {
      return Path.of(TestCorpus.class.getResource("/fixtures/corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies the seed and the fixtures into {@code dir} (which becomes a corpus folder). */
  public static Path copyTo(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.copy(seed(), dir.resolve(seed().getFileName()), StandardCopyOption.REPLACE_EXISTING);
      try (Stream<Path> files = Files.list(fixtures())) {
        for (Path f : files.toList()) {
          Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Article> load(Path corpus) {
    return loaded(corpus).articles();
  }

  /** The corpus in {@code corpus} with its load report (which files were read). */
  public static Corpus loaded(Path corpus) {
    List<Article> out = new ArrayList<>();
    LoadReport report = CorpusLoader.standard(JsonFields.defaults()).load(corpus, out::add);
    return new Corpus(corpus.toString(), out, report);
  }

  public static IndexReport sync(CorpusIndex index, Path corpus) {
    return sync(index, corpus, SyncOptions.UPDATE);
  }

  public static IndexReport sync(CorpusIndex index, Path corpus, SyncOptions options) {
    Indexer indexer =
        new Indexer(
            index,
            embedder(),
            new Chunker(new SentenceSplitter(), CHUNK),
            CHUNK,
            List.of(new ContactAnnotator(new MeetingExtractor())));
    return indexer.sync(loaded(corpus), options, IndexProgress.NONE);
  }

  /** The contact events of an index built by {@link #sync}. */
  public static ContactStore contacts(CorpusIndex index) {
    return new ContactStore(new LuceneAnnotations(index));
  }

  /** Summaries over an index built by {@link #sync}, with the default tuning. */
  public static Summaries summaries(CorpusIndex index) {
    return new Summaries(
        new LuceneCatalog(index),
        new HybridSearcher(index, embedder(), RetrievalTuning.defaults()),
        new Lexicon(index),
        embedder(),
        SummaryTuning.defaults());
  }

  /** A writable index in {@code dir}/index holding the corpus in {@code dir}/corpus. */
  public static CorpusIndex indexed(Path dir) {
    Path corpus = copyTo(dir.resolve("corpus"));
    CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"));
    sync(index, corpus);
    return index;
  }
}
