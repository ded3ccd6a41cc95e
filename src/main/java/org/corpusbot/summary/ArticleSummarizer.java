package org.corpusbot.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.retrieval.Embedder;

/**
 * Summarises one article with sentences taken verbatim from it: those most central to it in meaning
 * (likeness to the mean of all its sentence vectors), helped by a news-lead prior (reporters put
 * the gist first), without repeating themselves or dwelling on one paragraph, in the article's
 * order, within a word budget. Thread-safe.
 *
 * <p>NOTE: centrality in words (rare words the article keeps returning to) was tried and dropped:
 * its rarity weights come from the index, so the same article got different summaries in a
 * one-article corpus and a large one, and it added nothing measurable on the rtqa dev articles.
 */
final class ArticleSummarizer {
  /** Sentences considered; later ones rarely matter and each costs an embedding (about 3 ms). */
  static final int MAX_CANDIDATES = 40;

  private final Embedder embedder;
  private final Sentences sentences = new Sentences();
  private final SummaryWeights weights;

  ArticleSummarizer(Embedder embedder, SummaryWeights weights) {
    this.embedder = embedder;
    this.weights = weights;
  }

  /** The sentences a summary of {@code article} may use, in its order. */
  List<Sentence> candidates(Article article) {
    List<Sentence> all = new ArrayList<>(sentences.of(ArticleInfo.of(article), article.text(), 0));
    all.removeIf(x -> restatesTitle(x.text(), article.title()));
    return all.subList(0, Math.min(MAX_CANDIDATES, all.size()));
  }

  static String heading(Article article) {
    return article.title() + (article.date() == null ? "" : " · " + article.date());
  }

  Summary summarize(Article article, int count, int maxWords) {
    ArticleInfo info = ArticleInfo.of(article);
    List<Sentence> candidates = candidates(article);
    String heading = heading(article);
    if (candidates.isEmpty()) {
      return new Summary(heading, List.of(), List.of(info));
    }
    List<float[]> vectors =
        embedder.embedPassages(candidates.stream().map(Sentence::text).toList());
    double[] semantic = Scores.minMax(semanticCentrality(vectors));
    double[] scores = new double[candidates.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] =
          weights.semantic() * semantic[i] + weights.lead() * lead(candidates.get(i).position());
    }
    List<Integer> picked =
        new Selection(weights.redundancy(), weights.paragraph(), count, maxWords, count)
            .pick(candidates, vectors, scores);
    List<Sentence> chosen = new ArrayList<>();
    picked.forEach(i -> chosen.add(candidates.get(i)));
    chosen.sort(Comparator.comparingInt(Sentence::start));
    return new Summary(heading, chosen, List.of(info));
  }

  /**
   * A title made from the first sentence ("After talks between … senior…") already heads the
   * summary; that sentence again would spend a quarter of the word budget on a repeat.
   */
  static boolean restatesTitle(String sentence, String title) {
    if (!title.endsWith("…")) {
      return false;
    }
    String stem = title.substring(0, title.length() - 1).strip();
    return !stem.isEmpty() && sentence.startsWith(stem);
  }

  private static double[] semanticCentrality(List<float[]> vectors) {
    float[] centre = Vectors.centroid(vectors);
    double[] out = new double[vectors.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Vectors.cosine(vectors.get(i), centre);
    }
    return out;
  }

  /** 1 for the first sentence, then falling: 0.5 by the fourth. */
  static double lead(int position) {
    return 1.0 / (1.0 + position / 3.0);
  }
}
