package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corpusbot.retrieval.Embedder;
import org.corpusbot.retrieval.EmbeddingModelChoice;

/**
 * The option of a multiple-choice question that the best sentences mean when none names one or
 * comes close by its words or number ({@link NearOptions}): "DVDs and Blu-ray discs" for "will no
 * longer be releasing theatrical content on DVDs". Each option and each of the best sentences is
 * embedded; the option most similar to any of them is taken only when it leads the next option by
 * {@link #MARGIN}, since quiz options are often all of the story's topic. Thread-safe.
 */
final class SimilarOptions {
  /** Sentences compared: the best ones only, as for {@link NearOptions}. */
  static final int CONSIDERED = 3;

  /**
   * How far the most similar option must lead the next (cosine). On the dev questions where no
   * option was named or near, the right option led by 0.078 and 0.081 and wrong ones by 0.038 and
   * less (README, Benchmark): the margin sits between.
   */
  static final double MARGIN = 0.06;

  /**
   * How similar the option must be to a sentence at all: the right ones on dev were 0.215 and
   * 0.377; below this, options unrelated to every sentence ("They tied" for "won in overtime") only
   * differ by noise.
   */
  static final double FLOOR = 0.2;

  record Similar(String option, Candidate support, double lead) {}

  private final Embedder embedder;

  /** Options compared with {@code embedder}'s vectors; none picked with a null one. */
  SimilarOptions(Embedder embedder) {
    this.embedder = embedder;
  }

  Optional<Similar> pick(List<String> options, List<Candidate> best, EmbeddingModelChoice model) {
    if (embedder == null || options.size() < 2 || best.isEmpty() || model == null) {
      return Optional.empty();
    }
    List<Candidate> sentences = best.subList(0, Math.min(CONSIDERED, best.size()));
    List<String> texts = new ArrayList<>(options);
    sentences.forEach(c -> texts.add(c.text()));
    List<float[]> v = embedder.embedPassages(model, texts);
    double[] sim = new double[options.size()];
    Candidate[] by = new Candidate[options.size()];
    for (int o = 0; o < options.size(); o++) {
      sim[o] = Double.NEGATIVE_INFINITY;
      for (int s = 0; s < sentences.size(); s++) {
        double d = Embedder.cosine(v.get(o), v.get(options.size() + s));
        if (d > sim[o]) {
          sim[o] = d;
          by[o] = sentences.get(s);
        }
      }
    }
    int first = 0;
    for (int o = 1; o < sim.length; o++) {
      if (sim[o] > sim[first]) {
        first = o;
      }
    }
    double second = Double.NEGATIVE_INFINITY;
    for (int o = 0; o < sim.length; o++) {
      if (o != first) {
        second = Math.max(second, sim[o]);
      }
    }
    double lead = sim[first] - second;
    return lead >= MARGIN && sim[first] >= FLOOR
        ? Optional.of(new Similar(options.get(first), by[first], lead))
        : Optional.empty();
  }
}
