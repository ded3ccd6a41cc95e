package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.corpusbot.corpus.BoilerplateSentences;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.corpus.Span;
import org.corpusbot.retrieval.Embedder;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.PassageHit;
import org.corpusbot.retrieval.SearchResult;
import org.corpusbot.retrieval.SentenceVectors;

/**
 * Finds the sentences of the retrieved passages that answer a question and scores them by term
 * overlap weighted by rarity, semantic similarity, the rank of their passage and whether they hold
 * the kind of thing asked for (a name, a date, a place, a number).
 *
 * <p>NOTE: embedding sentences is the costly step of answering (about 3 ms a sentence): the vectors
 * stored with each passage make the first cut, and only the best three are embedded here (the best
 * eight for an index built without them). Thread-safe.
 */
final class EvidenceScorer {
  /**
   * Feature weights, measured on the dev questions: term overlap of the sentence, of its
   * surroundings, semantic similarity, passage rank, answer-type cue, and {@code lead} for the
   * first {@code leadSentences} sentences of an article (news states its main fact first, the rest
   * of the story adds detail, figures and background that share the question's words as well);
   * {@code embedded} is how many of the best sentences get their own vector, {@code confirmed} how
   * many of those are embedded on their own when the index holds sentence vectors.
   */
  record Weights(
      double lexical,
      double context,
      double semantic,
      double rank,
      double type,
      double lead,
      int leadSentences,
      int embedded,
      int confirmed,
      double refineBelow) {
    static final Weights DEFAULT = new Weights(1.0, 0.5, 2.0, 0.1, 0.15, 0.4, 2, 8, 3, 0.5);
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

  /**
   * A question after a reason, a manner or what someone did or said ("What did Washington hand over
   * to Moscow?", "Which measure did lawmakers leave out?"), whose answer a story gives after its
   * lead.
   */
  private static final Pattern AFTER_THE_LEAD =
      Pattern.compile(
          "\\b(?:why|how)\\b|\\b(?:what|which(?: [\\w-]+){1,3}) (?:did|does|do|has|have|had|will"
              + "|would|can|could|should)\\b",
          Pattern.CASE_INSENSITIVE);

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
    Map<String, Set<String>> acronyms = acronyms(question, q);
    double total = idf.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> asked = askedWeights(question, idf);
    double askedTotal = asked.values().stream().mapToDouble(Double::doubleValue).sum();
    QuestionType type = QuestionType.of(question);
    boolean lead = leadWeighs(question);
    List<Candidate> out = new ArrayList<>();
    Map<Candidate, Double> own = new IdentityHashMap<>();
    List<PassageHit> hits = result.hits();
    for (int rank = 0; rank < hits.size(); rank++) {
      PassageHit hit = hits.get(rank);
      Set<String> around = new HashSet<>(lexicon.terms(hit.article().title()));
      around.addAll(lexicon.terms(hit.passage().text()));
      String text = hit.passage().text();
      String headed = hit.article().title() + "\n" + text;
      List<Span> spans = splitter.split(text);
      SentenceVectors stored = storedFor(hit, spans.size(), result);
      for (int i = 0; i < spans.size(); i++) {
        Span span = spans.get(i);
        String sentence = span.of(text);
        if (BoilerplateSentences.isBoilerplate(sentence)) {
          continue;
        }
        Set<String> terms = withAcronyms(lexicon.terms(sentence), sentence, headed, acronyms);
        double lexical = share(terms, asked, askedTotal);
        Set<String> ctx = new HashSet<>(terms);
        ctx.addAll(around);
        double context = 0.5 * lexical + 0.5 * share(ctx, idf, total);
        double score =
            w.lexical() * lexical
                + w.context() * context
                + w.semantic() * hit.similarity()
                + w.rank() / (1 + rank)
                + (type.answeredBy(sentence) ? w.type() : 0)
                + (lead && hit.passage().ordinal() == 0 && i < w.leadSentences() ? w.lead() : 0);
        int start = hit.passage().start() + span.start();
        Candidate c =
            new Candidate(
                hit,
                sentence,
                start,
                start + span.length(),
                terms,
                lexical,
                context,
                hit.similarity(),
                score);
        out.add(c);
        double sim = stored == null ? Double.NaN : stored.dot(i, result.queryVector());
        if (!Double.isNaN(sim)) {
          own.put(c, contextual(sim, hit));
        }
      }
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return refineSemantic(out, result, own);
  }

  /** The weight of a term only the context before a question's own sentence holds. */
  static final double CONTEXT_ONLY = 0.25;

  /**
   * The terms' weights for a sentence's own share: a question that sets the scene first ("Judge
   * Jackson's hearings began this week. Where did she earn her law degree?") asks for what its last
   * sentence names; the scene's words are the passage's to hold (they still count fully in its
   * surroundings), so they weigh {@link #CONTEXT_ONLY} in the sentence.
   */
  private Map<String, Double> askedWeights(String question, Map<String, Double> idf) {
    List<Span> sentences = splitter.split(question);
    if (sentences.size() < 2) {
      return idf;
    }
    // the last sentence that asks ("Who won the caucus? Please cite sources." asks the first)
    Span asking = sentences.get(sentences.size() - 1);
    for (Span sp : sentences) {
      if (sp.of(question).strip().endsWith("?")) {
        asking = sp;
      }
    }
    Set<String> own = lexicon.terms(asking.of(question));
    Map<String, Double> out = new HashMap<>();
    idf.forEach((t, v) -> out.put(t, own.contains(t) ? v : v * CONTEXT_ONLY));
    return out;
  }

  /**
   * The question's acronyms ("IRS") that are among its weighed terms, with their terms: a sentence
   * that spells one out ("The Internal Revenue Service will …", as a story's lead often does) holds
   * it, although no term of the two is alike.
   */
  private Map<String, Set<String>> acronyms(String question, Set<String> weighed) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String a : Acronyms.in(question)) {
      Set<String> t = lexicon.terms(a);
      if (!t.isEmpty() && weighed.containsAll(t)) {
        out.put(a, t);
      }
    }
    return out;
  }

  private static Set<String> withAcronyms(
      Set<String> terms, String sentence, String context, Map<String, Set<String>> acronyms) {
    Set<String> out = terms;
    for (var a : acronyms.entrySet()) {
      if (!out.containsAll(a.getValue()) && Acronyms.holds(a.getKey(), sentence, context)) {
        out = new HashSet<>(out);
        out.addAll(a.getValue());
      }
    }
    return out;
  }

  /**
   * Whether a story's first sentences weigh more for {@code question}: for one after a fact (a
   * name, a date, a number, "megalodon sharks were what?"), which news states first; not for a why
   * or how question or one after what someone did, whose answer is further down.
   */
  static boolean leadWeighs(String question) {
    return WantedSpan.of(question) != WantedSpan.NONE || !AFTER_THE_LEAD.matcher(question).find();
  }

  /**
   * The similarity a sentence's stored vector stands for. That vector was read in the context of
   * its passage, so it ranks a passage's sentences differently from a vector of the sentence alone
   * and runs lower; half of it and half of the passage's similarity measured best on the dev
   * questions (see the README's Benchmark section).
   */
  private static double contextual(double sentence, PassageHit hit) {
    return 0.5 * (sentence + hit.similarity());
  }

  /**
   * The hit's stored sentence vectors when they fit this split of it (the splitter of the version
   * that indexed it may have cut differently) and a query vector to compare them with; else null.
   */
  private static SentenceVectors storedFor(PassageHit hit, int sentences, SearchResult result) {
    SentenceVectors v = hit.sentences();
    return v == null || v.count() != sentences || result.queryVector() == null ? null : v;
  }

  /**
   * Replaces the passage similarity of the best candidates by their own sentence similarity. With
   * the vectors stored at index time ({@code own}) the {@link Weights#embedded} best are re-ranked
   * by them, then only the {@link Weights#confirmed} best of that order are embedded on their own;
   * for an index built without them the {@code embedded} best are.
   */
  private List<Candidate> refineSemantic(
      List<Candidate> ranked, SearchResult result, Map<Candidate, Double> own) {
    if (result.queryVector() == null || ranked.isEmpty() || w.embedded() == 0) {
      return ranked;
    }
    if (ranked.get(0).lexical() >= w.refineBelow()) {
      return ranked; // the words settle it; sentence vectors only help when they don't
    }
    if (own.isEmpty()) {
      return embedded(ranked, Math.min(w.embedded(), ranked.size()), result);
    }
    List<Candidate> firstCut =
        withSemantic(ranked, Math.min(w.embedded(), ranked.size()), own::get);
    return embedded(firstCut, Math.min(w.confirmed(), firstCut.size()), result);
  }

  /** The {@code n} best take the similarity of their own vector, embedded now. */
  private List<Candidate> embedded(List<Candidate> ranked, int n, SearchResult result) {
    List<String> texts = ranked.subList(0, n).stream().map(Candidate::text).toList();
    List<float[]> vectors = embedder.embedPassages(result.model(), texts);
    Map<Candidate, Double> sims = new IdentityHashMap<>();
    for (int i = 0; i < n; i++) {
      sims.put(ranked.get(i), Embedder.cosine(result.queryVector(), vectors.get(i)));
    }
    return withSemantic(ranked, n, sims::get);
  }

  /** The {@code n} best take the similarity {@code sim} gives them (none: unchanged), re-ranked. */
  private List<Candidate> withSemantic(
      List<Candidate> ranked, int n, Function<Candidate, Double> sim) {
    List<Candidate> out = new ArrayList<>(ranked);
    for (int i = 0; i < n; i++) {
      Candidate c = out.get(i);
      Double s = sim.apply(c);
      if (s != null) {
        out.set(i, c.withSemantic(s, c.score() + w.semantic() * (s - c.semantic())));
      }
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
}
