package org.corpusbot.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.retrieval.Embedder;
import org.corpusbot.retrieval.HybridSearcher;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.PassageHit;
import org.corpusbot.retrieval.SearchRequest;
import org.corpusbot.retrieval.SearchResult;

/**
 * What the corpus says on a topic: the passages hybrid search finds for it, split into sentences;
 * each sentence scored by its evidence for the topic (half the topic's rare words it holds, half
 * its likeness to the topic) and its passage's rank; the best taken without repeats and at most two
 * from one article, so several articles speak; newest article first. A topic whose best sentence
 * has too little evidence has no summary. Thread-safe.
 */
final class TopicSummarizer {
  /** Sentences embedded per topic: the cost of a topic summary is mostly these. */
  static final int MAX_CANDIDATES = 48;

  static final int PER_ARTICLE = 2;
  static final int MAX_WORDS = 220;

  private final HybridSearcher searcher;
  private final Lexicon lexicon;
  private final Embedder embedder;
  private final Sentences sentences = new Sentences();
  private final SummaryWeights weights;

  TopicSummarizer(
      HybridSearcher searcher, Lexicon lexicon, Embedder embedder, SummaryWeights weights) {
    this.searcher = searcher;
    this.lexicon = lexicon;
    this.embedder = embedder;
    this.weights = weights;
  }

  /**
   * The sentences of the passages found for a topic, with their vectors and scores; no candidates
   * when the best has too little evidence. Scoring is the costly half (search, embeddings), so a
   * caller that selects twice (for the model, then offline) scores once.
   */
  record Scored(List<Sentence> candidates, List<float[]> vectors, double[] scores) {
    static final Scored NONE = new Scored(List.of(), List.of(), new double[0]);

    boolean isEmpty() {
      return candidates.isEmpty();
    }
  }

  Scored score(String topic, LocalDate asOf, int passages, double minEvidence) {
    SearchResult result = searcher.search(SearchRequest.of(topic, asOf, passages));
    List<Sentence> candidates = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    for (int rank = 0; rank < result.hits().size(); rank++) {
      PassageHit h = result.hits().get(rank);
      for (Sentence s : sentences.of(h.article(), h.passage().text(), h.passage().start())) {
        if (candidates.size() < MAX_CANDIDATES) {
          candidates.add(s);
          ranks.add(rank);
        }
      }
    }
    if (candidates.isEmpty()) {
      return Scored.NONE;
    }
    List<float[]> vectors =
        embedder.embedPassages(
            result.model() != null ? result.model() : embedder.choice(),
            candidates.stream().map(Sentence::text).toList());
    double[] evidence = evidence(topic, candidates, vectors, result.queryVector());
    double best = 0;
    for (double e : evidence) {
      best = Math.max(best, e);
    }
    if (best < minEvidence) {
      return Scored.NONE;
    }
    double[] scores = new double[candidates.size()];
    for (int i = 0; i < scores.length; i++) {
      // Off-topic sentences of an on-topic passage stay out, however central they are.
      scores[i] =
          evidence[i] < 0.45 * best
              ? Double.NEGATIVE_INFINITY
              : evidence[i] + weights.topicRank() / (1.0 + ranks.get(i) / 4.0);
    }
    return new Scored(candidates, vectors, scores);
  }

  /** The best {@code count} scored sentences without repeats, newest article first. */
  Summary select(Scored s, String topic, int count) {
    if (s.isEmpty()) {
      return new Summary(topic, List.of(), List.of());
    }
    List<Integer> picked =
        new Selection(
                weights.redundancy(),
                0,
                count,
                MAX_WORDS,
                perArticle(s.candidates(), s.scores(), count))
            .pick(s.candidates(), s.vectors(), s.scores());
    List<Sentence> chosen = new ArrayList<>();
    for (int i : picked) {
      if (s.scores()[i] > Double.NEGATIVE_INFINITY) {
        chosen.add(s.candidates().get(i));
      }
    }
    chosen.sort(NEWEST_ARTICLE_FIRST);
    return new Summary(topic, chosen, articles(chosen));
  }

  /**
   * At most two sentences an article when several articles are on the topic, so several speak; more
   * when fewer are (one relevant article may supply the whole summary).
   */
  private static int perArticle(List<Sentence> candidates, double[] scores, int count) {
    Set<String> relevant = new HashSet<>();
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] > Double.NEGATIVE_INFINITY) {
        relevant.add(candidates.get(i).article().id());
      }
    }
    return Math.max(PER_ARTICLE, (count + relevant.size() - 1) / Math.max(1, relevant.size()));
  }

  static final Comparator<Sentence> NEWEST_ARTICLE_FIRST =
      Comparator.comparing(
              (Sentence s) -> s.article().date(), Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(s -> s.article().id())
          .thenComparingInt(Sentence::start);

  private double[] evidence(
      String topic, List<Sentence> candidates, List<float[]> vectors, float[] query) {
    Set<String> topicTerms = lexicon.terms(topic);
    Map<String, Double> idf = lexicon.idf(topicTerms);
    double total = idf.values().stream().mapToDouble(Double::doubleValue).sum();
    double[] out = new double[candidates.size()];
    for (int i = 0; i < out.length; i++) {
      Set<String> terms = new HashSet<>(lexicon.terms(candidates.get(i).text()));
      double covered = 0;
      for (String t : topicTerms) {
        covered += terms.contains(t) ? idf.get(t) : 0;
      }
      double coverage = total == 0 ? 0 : covered / total;
      double similarity = query == null ? 0 : Math.max(0, Vectors.cosine(vectors.get(i), query));
      out[i] = 0.5 * coverage + 0.5 * similarity;
    }
    return out;
  }

  private static List<ArticleInfo> articles(List<Sentence> chosen) {
    Map<String, ArticleInfo> out = new LinkedHashMap<>();
    chosen.forEach(s -> out.putIfAbsent(s.article().id(), s.article()));
    return new ArrayList<>(out.values());
  }
}
