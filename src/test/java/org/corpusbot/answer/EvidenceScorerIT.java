package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.corpus.Span;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.HybridSearcher;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.PassageHit;
import org.corpusbot.retrieval.RetrievalTuning;
import org.corpusbot.retrieval.SearchRequest;
import org.corpusbot.retrieval.SearchResult;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sentence similarity for the answer: read from the vectors stored at index time, embedded only for
 * passages of an index that has none.
 */
class EvidenceScorerIT {
  /** Its words alone are inconclusive (best sentence under half the term weight). */
  private static final String QUESTION = "What did Washington hand over to Moscow?";

  @TempDir static Path dir;
  static CorpusIndex index;
  static HybridSearcher searcher;
  static EvidenceScorer scorer;

  @BeforeAll
  static void build() {
    index = TestCorpus.indexed(dir);
    searcher = new HybridSearcher(index, TestCorpus.embedder(), RetrievalTuning.defaults());
    scorer =
        new EvidenceScorer(
            new Lexicon(index), TestCorpus.embedder(), EvidenceScorer.Weights.DEFAULT);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static SearchResult search() {
    return searcher.search(SearchRequest.of(QUESTION, LocalDate.of(2024, 4, 1), 8));
  }

  @Test
  void storedVectorsMakeTheFirstCutAndOnlyTheBestThreeAreEmbedded() {
    SearchResult r = search();
    List<Candidate> ranked = scorer.score(QUESTION, r);
    assertThat(ranked.get(0).lexical()).isLessThan(EvidenceScorer.Weights.DEFAULT.refineBelow());
    int stored = 0;
    int embedded = 0;
    for (Candidate c : ranked) {
      if (c.semantic() == c.hit().similarity()) {
        continue;
      }
      double fromIndex =
          0.5 * (c.hit().sentences().dot(sentenceIndex(c), r.queryVector()) + c.hit().similarity());
      if (Math.abs(c.semantic() - fromIndex) < 1e-9) {
        stored++;
      } else {
        float[] own = TestCorpus.embedder().embedPassages(r.model(), List.of(c.text())).get(0);
        assertThat(c.semantic()).as(c.text()).isCloseTo(dot(r.queryVector(), own), within(1e-5));
        embedded++;
      }
    }
    assertThat(embedded).isEqualTo(EvidenceScorer.Weights.DEFAULT.confirmed());
    assertThat(stored + embedded).isGreaterThanOrEqualTo(EvidenceScorer.Weights.DEFAULT.embedded());
  }

  @Test
  void withoutStoredVectorsTheBestSentencesAreEmbeddedOnTheirOwn() {
    SearchResult r = search();
    SearchResult old =
        new SearchResult(
            r.hits().stream()
                .map(h -> new PassageHit(h.passage(), h.article(), h.score(), h.similarity()))
                .toList(),
            r.scope(),
            r.relaxed(),
            r.queryVector(),
            r.model());
    List<Candidate> ranked = scorer.score(QUESTION, old);
    int refined = 0;
    for (Candidate c : ranked) {
      if (c.semantic() != c.hit().similarity()) {
        float[] own = TestCorpus.embedder().embedPassages(r.model(), List.of(c.text())).get(0);
        assertThat(c.semantic()).as(c.text()).isCloseTo(dot(r.queryVector(), own), within(1e-5));
        refined++;
      }
    }
    assertThat(refined).isEqualTo(EvidenceScorer.Weights.DEFAULT.embedded());
  }

  private static int sentenceIndex(Candidate c) {
    String text = c.hit().passage().text();
    List<Span> spans = new SentenceSplitter().split(text);
    for (int i = 0; i < spans.size(); i++) {
      if (c.hit().passage().start() + spans.get(i).start() == c.start()) {
        return i;
      }
    }
    throw new AssertionError("no sentence of its passage starts at " + c.start());
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void aSceneSetBeforeTheQuestionIsThePassagesToHoldNotTheSentences() {
    // the scene's words are all in the Nuland visa sentence; what is asked is in the next one
    String q =
        "Victoria Nuland got a visa after Washington let a Russian diplomat enter."
            + " Which topics does Moscow not want to discuss?";
    List<Candidate> ranked =
        scorer.score(q, searcher.search(SearchRequest.of(q, LocalDate.of(2024, 4, 1), 8)));
    assertThat(ranked.get(0).text()).contains("topics that Moscow does not want to discuss");
  }
}
