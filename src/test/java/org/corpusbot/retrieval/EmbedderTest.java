package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/**
 * Questions and an answer's sentences are embedded by the process's own one-thread session of the
 * model: the vectors must be the ones LangChain4j's model gives, which the index was built with.
 */
class EmbedderTest {
  private static final String QUESTION = "Where did Putin and Biden meet in June?";

  @Test
  void aQuestionsVectorIsTheOneLangChain4jGives() {
    Embedder e = TestCorpus.embedder();
    float[] reference = langChain4j(e, e.choice().queryPrefix() + QUESTION);
    assertThat(dot(e.embedQuery(QUESTION), reference)).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void sentencesWeighedForAnAnswerGetLangChain4jsVectorsInOrder() {
    Embedder e = TestCorpus.embedder();
    List<String> sentences =
        List.of(
            "At a summit in Geneva on June 16, Biden and Putin agreed to begin consultations.",
            "Washington transferred to Russia the data of several hackers.",
            "");
    List<float[]> vectors = e.embedPassages(sentences);
    assertThat(vectors).hasSize(3);
    for (int i = 0; i < 2; i++) {
      float[] reference = langChain4j(e, sentences.get(i));
      assertThat(dot(vectors.get(i), reference)).as("sentence %d", i).isCloseTo(1.0, within(1e-4));
      assertThat(dot(vectors.get(i), langChain4j(e, sentences.get(1 - i)))).isLessThan(0.9);
    }
    assertThat(dot(vectors.get(2), langChain4j(e, "."))).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void aTextLongerThanOnePassOfTheModelGetsLangChain4jsWindowedVector() {
    Embedder e = TestCorpus.embedder();
    String longText = "Biden and Putin met in Geneva to talk about cyber attacks. ".repeat(60);
    float[] vector = e.embedPassages(List.of(longText)).get(0);
    assertThat(dot(vector, langChain4j(e, longText.strip()))).isCloseTo(1.0, within(1e-4));
  }

  /**
   * A question's vector does not wait behind the sentences another answer weighs: measured before,
   * a question took 60 ms (p50) instead of 2.5 while one answer after another weighed 40 sentences,
   * queued behind them on the same threads. Compared with the sentences' own time, as the machine's
   * load moves both.
   */
  @Test
  void aQuestionDoesNotQueueBehindTheSentencesAnotherAnswerWeighs() throws Exception {
    Embedder e = TestCorpus.embedder();
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      sentences.add("At a summit in Geneva on June " + i + ", Biden and Putin agreed to talk.");
    }
    e.embedQuery(QUESTION); // warm
    long t0 = System.nanoTime();
    CompletableFuture<List<float[]>> weighing = new CompletableFuture<>();
    new Thread(() -> weighing.complete(e.embedPassages(sentences)), "test-answer").start();
    Thread.sleep(50); // every sentence handed to the embedding threads
    long q0 = System.nanoTime();
    e.embedQueryAsync(e.choice(), QUESTION).join();
    long questionNanos = System.nanoTime() - q0;
    assertThat(weighing.join()).hasSize(400);
    long weighingNanos = System.nanoTime() - t0;
    assertThat(questionNanos).as("question vs 400 sentences").isLessThan(weighingNanos / 5);
  }

  /**
   * Questions queued when the embedder closes still get their vectors: the model's session is freed
   * only once no question runs or waits on it (ONNX Runtime frees it at once, under a run too).
   */
  @Test
  void questionsQueuedWhenTheEmbedderClosesStillGetTheirVectors() {
    Embedder e = new Embedder(EmbeddingModelChoice.MINILM);
    List<CompletableFuture<float[]>> asked = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      asked.add(e.embedQueryAsync(e.choice(), QUESTION + " " + i));
    }
    e.close();
    for (CompletableFuture<float[]> f : asked) {
      assertThat(Futures.join(f)).hasSize(e.dimension());
    }
  }

  private static float[] langChain4j(Embedder e, String text) {
    return Embedder.normalize(e.model().embed(text).content().vector());
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
