package org.corpusbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Chunker;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.meetings.ContactAnnotator;
import org.corpusbot.meetings.MeetingExtractor;
import org.corpusbot.retrieval.ArticleAnnotator;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.Embedder;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.Indexer;

/**
 * What contact extraction costs: its own speed over a whole corpus, and how much longer indexing a
 * sample takes with it than without (the same embedding work both ways).
 */
public final class MeetingsBenchmark {
  /** Extraction over every article, each pass timed; the figure is the median pass. */
  public record Extraction(
      int articles, int events, int articlesWithEvents, List<Double> articlesPerSecond) {
    public double medianArticlesPerSecond() {
      return Percentiles.of(articlesPerSecond, 50);
    }
  }

  /** Indexing the same sample from scratch without and with contacts, alternating runs. */
  public record Overhead(int articles, List<Double> secondsWithout, List<Double> secondsWith) {
    public double medianWithout() {
      return Percentiles.of(secondsWithout, 50);
    }

    public double medianWith() {
      return Percentiles.of(secondsWith, 50);
    }

    /** How much longer indexing takes with contacts: 0.05 is 5% slower. */
    public double slowdown() {
      return medianWith() / medianWithout() - 1;
    }
  }

  private final MeetingExtractor extractor = new MeetingExtractor();

  public Extraction extraction(List<Article> articles, int passes) {
    // One unmeasured pass over a slice, so the first measured pass is not mostly JIT warm-up.
    articles.stream().limit(2000).forEach(extractor::extract);
    List<Double> rates = new ArrayList<>();
    int events = 0;
    int withEvents = 0;
    for (int p = 0; p < passes; p++) {
      events = 0;
      withEvents = 0;
      long t0 = System.nanoTime();
      for (Article a : articles) {
        int n = extractor.extract(a).size();
        events += n;
        withEvents += n > 0 ? 1 : 0;
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      rates.add(articles.size() / seconds);
    }
    return new Extraction(articles.size(), events, withEvents, rates);
  }

  public Overhead overhead(
      List<Article> sample, Embedder embedder, int chunkChars, Path scratch, int runs) {
    List<Double> without = new ArrayList<>();
    List<Double> with = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      without.add(indexSeconds(sample, embedder, chunkChars, scratch.resolve("w" + r), List.of()));
      with.add(
          indexSeconds(
              sample,
              embedder,
              chunkChars,
              scratch.resolve("c" + r),
              List.of(new ContactAnnotator(extractor))));
    }
    return new Overhead(sample.size(), without, with);
  }

  private static double indexSeconds(
      List<Article> sample,
      Embedder embedder,
      int chunkChars,
      Path dir,
      List<ArticleAnnotator> annotators) {
    try (CorpusIndex index = CorpusIndex.openWritable(dir)) {
      Indexer indexer =
          new Indexer(
              index,
              embedder,
              new Chunker(new SentenceSplitter(), chunkChars),
              chunkChars,
              annotators);
      return indexer.sync(sample, true, IndexProgress.NONE).seconds();
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
