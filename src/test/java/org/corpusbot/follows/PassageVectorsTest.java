package org.corpusbot.follows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Passage;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.FreshArticle;
import org.corpusbot.retrieval.QueryTerms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bound that spares most per-passage products must never be below the true best cosine, or a
 * follow that should match would be skipped.
 */
class PassageVectorsTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 30})
  void theMeanPlusRadiusBoundsEveryPassageCosine(int passages) {
    Random r = new Random(passages);
    int dim = 16;
    String text = "x".repeat(passages * 10);
    List<FreshArticle.Vectored> vs = new ArrayList<>();
    for (int i = 0; i < passages; i++) {
      Passage p = new Passage("a", i, i * 10, i * 10 + 10, text.substring(i * 10, i * 10 + 10));
      vs.add(new FreshArticle.Vectored(p, unit(r, dim)));
    }
    FreshArticle a =
        new FreshArticle(
            new Article("a", "t", null, null, null, List.of(), text, null), 1, "a", vs, List.of());
    List<Follow> follows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      follows.add(
          new Follow(
              i, 0, Follow.Kind.TOPIC, "t" + i, List.of(), 0, Instant.EPOCH, unit(r, dim), "test"));
    }
    CompiledFollows c =
        new CompiledFollows(
            follows, new QueryTerms(CorpusIndex.analyzer()), terms -> java.util.Map.of(), dim);
    PassageVectors pv = PassageVectors.of(a, dim);
    for (int row = 0; row < follows.size(); row++) {
      double bound = c.dot(row, pv.mean()) + pv.radius();
      double best = c.dot(row, pv.vector(pv.best(c, row)));
      for (int p = 0; p < passages; p++) {
        assertThat((double) c.dot(row, pv.vector(p))).isLessThanOrEqualTo(best);
      }
      assertThat(best).isLessThanOrEqualTo(bound);
    }
  }

  private static float[] unit(Random r, int dim) {
    float[] v = new float[dim];
    double n = 0;
    for (int i = 0; i < dim; i++) {
      v[i] = (float) r.nextGaussian();
      n += v[i] * v[i];
    }
    for (int i = 0; i < dim; i++) {
      v[i] /= (float) Math.sqrt(n);
    }
    return v;
  }
}
