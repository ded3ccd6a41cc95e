package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.corpusbot.corpus.TextCleaner;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/** Sentence vectors: made in the passage's forward pass, stored quantized, read back. */
class SentenceVectorsTest {
  private static final String TITLE = "Putin and Biden meet in Geneva";
  private static final List<String> SENTENCES =
      List.of(
          "The two presidents met in a lakeside villa on Wednesday.",
          "They agreed to return their ambassadors to their posts.",
          "Talks on cyber attacks will follow, officials said.");

  private static Embedder.SentenceInput input() {
    String body = String.join(" ", SENTENCES);
    String text = PassageWriter.embeddingInput(TITLE, body);
    return new Embedder.SentenceInput(text, text.length() - body.length(), SENTENCES);
  }

  @Test
  void passageVectorOfTheSharedPassIsTheOneLangChain4jGives() {
    Embedder e = TestCorpus.embedder();
    Embedder.PassageVectors pv = e.embedWithSentences(List.of(input())).get(0);
    float[] reference =
        Embedder.normalize(
            e.model().embed(TextCleaner.cleanLine(input().text())).content().vector());
    assertThat(dot(pv.passage(), reference)).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void eachSentenceGetsAUnitVectorClosestToItsOwnStandaloneVector() {
    Embedder e = TestCorpus.embedder();
    Embedder.PassageVectors pv = e.embedWithSentences(List.of(input())).get(0);
    List<float[]> standalone = e.embedPassages(SENTENCES);
    assertThat(pv.sentences()).hasSize(3).doesNotContainNull();
    for (int i = 0; i < 3; i++) {
      assertThat(dot(pv.sentences().get(i), pv.sentences().get(i))).isCloseTo(1.0, within(1e-4));
      double ownSim = dot(pv.sentences().get(i), standalone.get(i));
      for (int j = 0; j < 3; j++) {
        if (j != i) {
          assertThat(ownSim)
              .as("sentence %d against standalone %d", i, j)
              .isGreaterThan(dot(pv.sentences().get(i), standalone.get(j)));
        }
      }
    }
  }

  @Test
  void aSentenceNotInTheTextHasNoVector() {
    String text = PassageWriter.embeddingInput(TITLE, SENTENCES.get(0));
    var in =
        new Embedder.SentenceInput(
            text, text.length() - SENTENCES.get(0).length(), List.of(SENTENCES.get(0), "Absent."));
    List<float[]> v = TestCorpus.embedder().embedWithSentences(List.of(in)).get(0).sentences();
    assertThat(v.get(0)).isNotNull();
    assertThat(v.get(1)).isNull();
  }

  @Test
  void quantizedDotProductsStayWithinAFewThousandthsOfTheFloatOnes() {
    Random r = new Random(7);
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      vectors.add(unit(r, 384));
    }
    vectors.add(null);
    SentenceVectors stored = SentenceVectors.decode(SentenceVectors.encode(vectors, 384));
    assertThat(stored.count()).isEqualTo(21);
    float[] q = unit(r, 384);
    for (int i = 0; i < 20; i++) {
      assertThat(stored.dot(i, q)).isCloseTo(dot(vectors.get(i), q), within(0.005));
    }
    assertThat(stored.dot(20, q)).isNaN();
    assertThat(stored.dot(21, q)).isNaN();
    assertThat(stored.dot(0, new float[10])).isNaN();
  }

  @Test
  void refusesBytesThatAreNotWholeVectors() {
    byte[] bytes = SentenceVectors.encode(List.of(unit(new Random(1), 8)), 8);
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SentenceVectors.decode(cut))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static float[] unit(Random r, int dim) {
    float[] v = new float[dim];
    for (int i = 0; i < dim; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return Embedder.normalize(v);
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
