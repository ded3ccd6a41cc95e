package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusbot.corpus.BoilerplateSentences;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.corpus.Span;
import org.corpusbot.retrieval.Embedder;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.PassageHit;
import org.corpusbot.retrieval.SearchResult;

/**
 * Finds the sentences of the retrieved passages that answer a question and scores them by term
 * overlap weighted by rarity, semantic similarity, the rank of their passage and whether they hold
 * the kind of thing asked for (a name, a date, a place, a number).
 *
 * <p>NOTE: only the few best sentences by the cheap features are embedded; embedding is the costly
 * step of answering (about 1 ms a sentence). Thread-safe.
 */
final class EvidenceScorer {
  /**
   * Feature weights, measured on the dev questions: term overlap of the sentence, of its
   * surroundings, semantic similarity, passage rank, answer-type cue; {@code embedded} is how many
   * of the best sentences get their own vector.
   */
  record Weights(
      double lexical,
      double context,
      double semantic,
      double rank,
      double type,
      int embedded,
      double refineBelow) {
    static final Weights DEFAULT = new Weights(1.0, 0.5, 2.0, 0.1, 0.15, 8, 0.5);
  }

  private static final List<String> QUESTION_WORDS =
      List.of(
          "what",
          "which",
          "who",
          "whom",
          "whose",
          "when",
          "where",
          "why",
          "how",
          "did",
          "does",
          "do",
          "is",
          "are",
          "was",
          "were",
          "has",
          "have",
          "had",
          "many",
          "much",
          "can",
          "could",
          "would",
          "should",
          "tell",
          "me",
          "about",
          "know",
          "say",
          "said",
          "article",
          "articles",
          "news");

  private final Lexicon lexicon;
  private final Embedder embedder;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Set<String> questionWords;
  private final Weights w;

  EvidenceScorer(Lexicon lexicon, Embedder embedder, Weights weights) {
    this.lexicon = lexicon;
    this.embedder = embedder;
    this.w = weights;
    this.questionWords = lexicon.terms(String.join(" ", QUESTION_WORDS));
  }

  /** Candidates from {@code result}'s passages, best first. */
  List<Candidate> score(String question, SearchResult result) {
    Set<String> q = new HashSet<>(lexicon.terms(question));
    q.removeAll(questionWords);
    q.removeAll(lexicon.terms(result.scope().phrase()));
    Map<String, Double> idf = lexicon.idf(q);
    double total = idf.values().stream().mapToDouble(Double::doubleValue).sum();
    QuestionType type = QuestionType.of(question);
    List<Candidate> out = new ArrayList<>();
    List<PassageHit> hits = result.hits();
    for (int rank = 0; rank < hits.size(); rank++) {
      PassageHit hit = hits.get(rank);
      Set<String> around = new HashSet<>(lexicon.terms(hit.article().title()));
      around.addAll(lexicon.terms(hit.passage().text()));
      String text = hit.passage().text();
      for (Span span : splitter.split(text)) {
        String sentence = span.of(text);
        if (BoilerplateSentences.isBoilerplate(sentence)) {
          continue;
        }
        Set<String> terms = lexicon.terms(sentence);
        double lexical = share(terms, idf, total);
        Set<String> ctx = new HashSet<>(terms);
        ctx.addAll(around);
        double context = 0.5 * lexical + 0.5 * share(ctx, idf, total);
        double score =
            w.lexical() * lexical
                + w.context() * context
                + w.semantic() * hit.similarity()
                + w.rank() / (1 + rank)
                + (type.answeredBy(sentence) ? w.type() : 0);
        int start = hit.passage().start() + span.start();
        out.add(
            new Candidate(
                hit,
                sentence,
                start,
                start + span.length(),
                terms,
                lexical,
                context,
                hit.similarity(),
                score));
      }
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return refineSemantic(out, result);
  }

  /** Replaces the passage similarity of the best candidates by their own sentence similarity. */
  private List<Candidate> refineSemantic(List<Candidate> ranked, SearchResult result) {
    float[] query = result.queryVector();
    if (query == null || ranked.isEmpty() || w.embedded() == 0) {
      return ranked;
    }
    if (ranked.get(0).lexical() >= w.refineBelow()) {
      return ranked; // the words settle it; sentence vectors only help when they don't
    }
    int n = Math.min(w.embedded(), ranked.size());
    List<String> texts = ranked.subList(0, n).stream().map(Candidate::text).toList();
    List<float[]> vectors = embedder.embedPassages(result.model(), texts);
    List<Candidate> out = new ArrayList<>(ranked);
    for (int i = 0; i < n; i++) {
      Candidate c = out.get(i);
      double sim = dot(query, vectors.get(i));
      out.set(i, c.withSemantic(sim, c.score() + w.semantic() * (sim - c.semantic())));
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return out;
  }

  private static double share(Set<String> terms, Map<String, Double> idf, double total) {
    if (total == 0) {
      return 0;
    }
    double hit = 0;
    for (var e : idf.entrySet()) {
      if (terms.contains(e.getKey())) {
        hit += e.getValue();
      }
    }
    return hit / total;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
