package org.corpusbot.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corpusbot.solr.SolrTesting.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusbot.retrieval.ArchiveWriter;
import org.corpusbot.retrieval.PassageKey;
import org.corpusbot.retrieval.Scored;
import org.corpusbot.retrieval.TimeScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nodes failing under a real SolrCloud of 2 nodes. With 2 shards x 2 replicas each node holds a
 * replica of every shard, so one node down loses nothing; every replica of a shard down takes a
 * collection whose shards have one replica each (2 x 1), the only way to lose a whole shard on 2
 * nodes without losing both.
 */
class SolrShardDownIT {
  private static final int DIM = 4;
  private static final int ARTICLES = 20;

  @TempDir static Path dir;
  private static LocalSolrCluster cluster;

  @BeforeAll
  static void start() throws Exception {
    cluster = LocalSolrCluster.start(2, dir.resolve("cluster"));
    fill(options(cluster, "replicated", 2, 2));
    fill(options(cluster, "single", 2, 1));
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static void fill(SolrOptions o) throws Exception {
    try (SolrArchive archive = create(o, DIM)) {
      ArchiveWriter w = archive.writer();
      for (int i = 0; i < ARTICLES; i++) {
        String id = "art-" + i;
        w.write(
            block(
                article(
                    id,
                    "Report " + i,
                    LocalDate.of(2024, 1, 1 + i),
                    "A common story number " + i + "."),
                i + 1,
                DIM,
                List.of()));
      }
      w.commit(Map.of());
    }
  }

  @Test
  void oneNodeDownLosesNothingWhenEveryShardHasAReplicaElsewhere() {
    cluster.awaitActive("replicated", 2, 2);
    try (SolrArchive archive = SolrArchive.open(options(cluster, "replicated", 2, 2), false)) {
      cluster.stopNode(1);
      try {
        Answer a = search(archive);
        assertThat(a.keys).hasSize(ARTICLES);
        assertThat(a.unreachable).isEmpty();
        assertThat(archive.catalog().overview().articles()).isEqualTo(ARTICLES);
      } finally {
        restart(1);
      }
      assertThat(search(archive).keys).hasSize(ARTICLES);
    }
  }

  @Test
  void aShardWithEveryReplicaDownIsNamedAndTheRestAnswers() {
    try (SolrArchive archive = SolrArchive.open(options(cluster, "single", 2, 1), false)) {
      List<String> lost = cluster.shardsOn(0, "single");
      assertThat(lost).hasSize(1);
      cluster.stopNode(0);
      try {
        Answer a = search(archive);
        assertThat(a.unreachable).containsExactlyElementsOf(lost);
        assertThat(a.keys).isNotEmpty().hasSizeLessThan(ARTICLES);
        assertThat(archive.catalog().newest(0, 100).articles()).hasSameSizeAs(a.keys);
        String missing =
            java.util.stream.IntStream.range(0, ARTICLES)
                .mapToObj(i -> "art-" + i)
                .filter(id -> a.keys.stream().noneMatch(k -> k.articleId().equals(id)))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> archive.catalog().get(missing))
            .isInstanceOf(org.corpusbot.retrieval.IndexUnavailableException.class)
            .hasMessageEndingWith(
                "cannot read article " + missing + ": shard(s) " + lost.get(0) + " did not answer");
        // Follows keep a watermark of arrivals: part of the shards must not move it.
        assertThatThrownBy(() -> archive.fresh().since(0, 50))
            .isInstanceOf(org.corpusbot.retrieval.IndexUnavailableException.class);
        assertThatThrownBy(() -> archive.fresh().lastArrival())
            .isInstanceOf(org.corpusbot.retrieval.IndexUnavailableException.class);
      } finally {
        restart(0);
      }
      Answer again = search(archive);
      assertThat(again.keys).hasSize(ARTICLES);
      assertThat(again.unreachable).isEmpty();
    }
  }

  /** Starts the node again and waits until both collections are whole. */
  private static void restart(int node) {
    cluster.startNode(node);
    cluster.awaitActive("replicated", 2, 2);
    cluster.awaitActive("single", 2, 1);
  }

  private record Answer(List<PassageKey> keys, Set<String> unreachable) {}

  private static Answer search(SolrArchive archive) {
    return archive
        .passages()
        .read(
            v -> {
              List<PassageKey> keys = new ArrayList<>();
              for (Scored<PassageKey> s :
                  v.passagesByWords(Set.of("common"), TimeScope.NONE, 100)) {
                keys.add(s.key());
              }
              return new Answer(keys, v.unreachable());
            });
  }
}
