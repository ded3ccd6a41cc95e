package org.corpusbot.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corpusbot.solr.SolrTesting.*;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusbot.corpus.Article;
import org.corpusbot.retrieval.ArchiveWriter;
import org.corpusbot.retrieval.FreshArticle;
import org.corpusbot.retrieval.IndexSchema;
import org.corpusbot.retrieval.IndexUnavailableException;
import org.corpusbot.retrieval.PassageKey;
import org.corpusbot.retrieval.Scored;
import org.corpusbot.retrieval.TimeScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing, replacing and deleting articles in a real SolrCloud (2 nodes, 2 shards x 2 replicas),
 * and creating collections. Vectors here are toy unit vectors of dimension 4: what is checked is
 * what is stored and found, not how well (SolrParityIT compares with the local index).
 */
class SolrArchiveIT {
  private static final int DIM = 4;
  private static final LocalDate JUNE = LocalDate.of(2024, 6, 3);

  @TempDir static Path dir;
  private static LocalSolrCluster cluster;

  @BeforeAll
  static void start() {
    long t0 = System.nanoTime();
    cluster = LocalSolrCluster.start(2, dir.resolve("cluster"));
    System.out.printf(
        "SolrArchiveIT: 2-node cluster started in %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void writesReadsAndDeletesAnArticleWithItsPassagesAndContacts() throws Exception {
    try (SolrArchive archive = create(options(cluster, "rw", 2, 2), DIM)) {
      ArchiveWriter w = archive.writer();
      Article a =
          article("a1", "Talks in Geneva", JUNE, "Diplomats met in Geneva.", "Talks went on.");
      Article b = article("b2", "Harvest", null, "Farmers harvested wheat.");
      w.write(block(a, 1, DIM, List.of(contact("a1", "geneva", JUNE, 0))));
      w.write(block(b, 2, DIM, List.of()));
      assertThat(archive.catalog().overview().articles()).isZero(); // not before the commit
      w.commit(Map.of(IndexSchema.META_MODEL, "toy"));

      assertThat(archive.servedMeta()).containsEntry(IndexSchema.META_MODEL, "toy");
      assertThat(w.committedMeta()).containsEntry(IndexSchema.META_MODEL, "toy");
      assertThat(archive.catalog().get("a1")).contains(a);
      assertThat(archive.catalog().overview())
          .isEqualTo(new org.corpusbot.retrieval.ArticleCatalog.Overview(2, 3, JUNE, JUNE));
      assertThat(archive.annotations().find("contact", List.of(Set.of("geneva")), null, null, 10))
          .extracting(f -> f.annotation().articleId())
          .containsExactly("a1");
      assertThat(w.indexed()).containsOnlyKeys("a1", "b2");
      assertThat(w.indexed().get("a1").file()).isEqualTo("file-a1.txt");
      FreshArticle fresh = archive.fresh().of(List.of("a1")).get(0);
      assertThat(fresh.passages())
          .extracting(v -> v.passage().text())
          .containsExactly("Diplomats met in Geneva.", "Talks went on.");
      assertThat(fresh.passages().get(1).vector()).containsExactly(0f, 1f, 0f, 0f);
      assertThat(fresh.annotations()).hasSize(1);

      w.delete("a1");
      w.commit(Map.of(IndexSchema.META_MODEL, "toy"));
      assertThat(archive.catalog().get("a1")).isEmpty();
      assertThat(archive.annotations().find("contact", List.of(Set.of("geneva")), null, null, 10))
          .isEmpty();
      assertThat(archive.catalog().overview().passages()).isEqualTo(1);
      List<Scored<PassageKey>> geneva =
          archive.passages().read(v -> v.passagesByWords(Set.of("geneva"), TimeScope.NONE, 10));
      assertThat(geneva).isEmpty();
      assertThat(w.indexed()).containsOnlyKeys("b2");
    }
  }

  @Test
  void rewritingAnArticleLeavesNoStalePassageOrContact() throws Exception {
    try (SolrArchive archive = create(options(cluster, "rewrite", 2, 2), DIM)) {
      ArchiveWriter w = archive.writer();
      Article before =
          article("c3", "Budget", JUNE, "The budget passed.", "Senators argued.", "Later, a vote.");
      w.write(block(before, 1, DIM, List.of(contact("c3", "senators", JUNE, 20))));
      w.commit(Map.of());
      Article after = article("c3", "Budget", JUNE, "The budget failed.");
      w.write(block(after, 1, DIM, List.of()));
      w.commit(Map.of());

      List<FreshArticle> read = archive.fresh().of(List.of("c3"));
      assertThat(read).hasSize(1);
      assertThat(read.get(0).passages())
          .extracting(v -> v.passage().text())
          .containsExactly("The budget failed.");
      assertThat(read.get(0).annotations()).isEmpty();
      assertThat(archive.catalog().overview().passages()).isEqualTo(1);
      List<PassageKey> found =
          archive
              .passages()
              .read(v -> v.passagesByWords(Set.of("senat", "vote"), TimeScope.NONE, 10))
              .stream()
              .map(s -> s.key())
              .toList();
      assertThat(found).isEmpty();
      assertThat(archive.annotations().find("contact", List.of(Set.of("senators")), null, null, 9))
          .isEmpty();
    }
  }

  @Test
  void aDuplicateReplacesTheServedBlockAndIsNeitherListedNorSearched() throws Exception {
    try (SolrArchive archive = create(options(cluster, "dups", 2, 2), DIM)) {
      ArchiveWriter w = archive.writer();
      Article a = article("d4", "Storm", JUNE, "A storm hit the coast.");
      Article copy = article("d5", "Storm again", JUNE, "A storm hit the coast.");
      w.write(block(a, 1, DIM, List.of()));
      w.write(block(copy, 2, DIM, List.of(contact("d5", "coast", JUNE, 0))));
      w.commit(Map.of());
      w.writeDuplicate(copy, "h", org.corpusbot.retrieval.Fingerprint.of(copy), 2, "d4");
      w.commit(Map.of());

      assertThat(archive.catalog().overview().articles()).isEqualTo(1);
      assertThat(archive.catalog().overview().passages()).isEqualTo(1);
      assertThat(archive.annotations().find("contact", List.of(Set.of("coast")), null, null, 9))
          .isEmpty();
      assertThat(w.indexed().get("d5").dupOf()).isEqualTo("d4");
      assertThat(w.copies().copiesOf("d4")).extracting(e -> e.id()).containsExactly("d5");
      assertThat(w.copies().article("d5")).isEqualTo(copy);
      assertThat(w.copies().sameText(org.corpusbot.retrieval.Fingerprint.of(a).textKey()))
          .extracting(e -> e.id())
          .containsExactly("d4");
      assertThat(w.copies().banded(org.corpusbot.retrieval.Fingerprint.of(a).bands()))
          .extracting(e -> e.id())
          .containsExactly("d4");
      assertThat(w.copies().byId("d5").fp().minHash())
          .containsExactly(org.corpusbot.retrieval.Fingerprint.of(copy).minHash());
      assertThat(w.copies().lastArrival()).isEqualTo(2);
      assertThat(w.copies().arrivals()).isEqualTo(Map.of("d4", 1L, "d5", 2L));
    }
  }

  @Test
  void replacingContactsKeepsThePassagesAndTheirVectors() throws Exception {
    try (SolrArchive archive = create(options(cluster, "contacts", 2, 2), DIM)) {
      ArchiveWriter w = archive.writer();
      Article a = article("e6", "Summit", JUNE, "Leaders met.", "They agreed.");
      w.write(block(a, 1, DIM, List.of(contact("e6", "leaders", JUNE, 0))));
      w.commit(Map.of());
      w.replaceAnnotations(a, List.of(contact("e6", "agreed", JUNE.plusDays(1), 18)));
      w.commit(Map.of());

      FreshArticle read = archive.fresh().of(List.of("e6")).get(0);
      assertThat(read.passages()).hasSize(2);
      assertThat(read.passages().get(0).vector()).containsExactly(1f, 0f, 0f, 0f);
      assertThat(read.annotations()).extracting(x -> x.start()).containsExactly(18);
      assertThat(archive.annotations().find("contact", List.of(Set.of("leaders")), null, null, 9))
          .isEmpty();
    }
  }

  @Test
  void solrUrlsServeWithoutZooKeeper() throws Exception {
    SolrOptions zk = options(cluster, "byurl", 2, 2);
    SolrCollections.init(zk, DIM, configset());
    SolrOptions urls =
        new SolrOptions(null, cluster.urls(), "byurl", 2, 2, null, null, null, null, null);
    try (SolrArchive archive = SolrArchive.open(urls, true)) {
      Article a = article("u1", "Bridges", JUNE, "A bridge opened.");
      archive.writer().write(block(a, 1, DIM, List.of()));
      archive.writer().commit(Map.of(IndexSchema.META_MODEL, "toy"));
      assertThat(archive.catalog().get("u1")).contains(a);
      assertThat(archive.where())
          .isEqualTo("Solr collection byurl (Solr " + String.join(",", cluster.urls()) + ")");
    }
  }

  @Test
  void initIsIdempotentAndRefusesAnotherDimension() {
    SolrOptions o = options(cluster, "init", 2, 2);
    // Created from the copy inside the application, as in a container without config/solr.
    assertThat(SolrCollections.init(o, DIM, Configset.packaged()))
        .isEqualTo(SolrCollections.Outcome.CREATED);
    assertThat(SolrCollections.init(o, DIM, configset()))
        .isEqualTo(SolrCollections.Outcome.EXISTED);
    assertThatThrownBy(() -> SolrCollections.init(o, 384, configset()))
        .isInstanceOf(SolrCollections.MismatchException.class)
        .hasMessage(
            "Solr collection init (ZooKeeper "
                + cluster.zkAddress()
                + ") holds vectors of"
                + " dimension 4, but the embedding model gives 384: use the model it was made with,"
                + " or a new collection (solr.collection) with `corpusbot solr init`");
    // An indexing run with another model is refused at open, not batch by batch.
    assertThatThrownBy(() -> SolrArchive.open(o, true, 384))
        .isInstanceOf(SolrCollections.MismatchException.class)
        .hasMessageContaining("dimension 4, but the embedding model gives 384");
    try (SolrArchive same = SolrArchive.open(o, true, DIM)) {
      assertThat(same.writable()).isTrue();
    }
  }

  @Test
  void aMissingCollectionSaysToRunInit() {
    assertThatThrownBy(() -> SolrArchive.open(options(cluster, "never", 2, 2), false))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessage(
            "Solr collection never (ZooKeeper "
                + cluster.zkAddress()
                + ") does not exist: create it with `corpusbot solr init`");
  }

  @Test
  void anUnreachableZooKeeperFailsFastInOneLine() {
    SolrOptions o =
        SolrOptions.zk("127.0.0.1:1/solr", "any", 2, 2)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(3));
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> SolrArchive.open(o, false))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageStartingWith(
            "Solr collection any (ZooKeeper 127.0.0.1:1/solr) cannot be reached: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    System.out.printf(
        "SolrArchiveIT: unreachable ZooKeeper reported in %.1f s%n",
        (System.nanoTime() - t0) / 1e9);
    assertThatThrownBy(() -> SolrCollections.init(o, DIM, configset()))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageStartingWith(
            "Solr collection any (ZooKeeper 127.0.0.1:1/solr) could not be created: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
