package org.corpusbot.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Passage;
import org.corpusbot.retrieval.Annotation;
import org.corpusbot.retrieval.ArticleBlock;
import org.corpusbot.retrieval.Fingerprint;

/** Small builders shared by the Solr tests. */
final class SolrTesting {
  private SolrTesting() {}

  /** Options for {@code collection} on a local cluster, with short timeouts. */
  static SolrOptions options(
      LocalSolrCluster cluster, String collection, int shards, int replicas) {
    return SolrOptions.zk(cluster.zkAddress(), collection, shards, replicas);
  }

  /** Creates the collection for vectors of {@code dimension} and opens it writable. */
  static SolrArchive create(SolrOptions options, int dimension) {
    SolrCollections.init(options, dimension, configset());
    return SolrArchive.open(options, true);
  }

  static Article article(String id, String title, LocalDate date, String... paragraphs) {
    return new Article(
        id,
        title,
        date,
        "Source",
        "https://example.org/" + id,
        List.of("A. Writer"),
        String.join("\n\n", paragraphs),
        null,
        "file-" + id + ".txt");
  }

  /**
   * A block with one passage per paragraph, each with a unit vector along axis {@code ordinal %
   * dimension}, and the given annotations.
   */
  static ArticleBlock block(Article a, long arrival, int dimension, List<Annotation> annotations) {
    List<ArticleBlock.Vectored> passages = new ArrayList<>();
    String[] paragraphs = a.text().split("\n\n");
    int start = 0;
    for (int i = 0; i < paragraphs.length; i++) {
      float[] v = new float[dimension];
      v[i % dimension] = 1f;
      Passage p = new Passage(a.id(), i, start, start + paragraphs[i].length(), paragraphs[i]);
      passages.add(new ArticleBlock.Vectored(p, v, null));
      start += paragraphs[i].length() + 2;
    }
    return new ArticleBlock(
        a,
        "hash-" + a.text().hashCode(),
        Fingerprint.of(a),
        a.id(),
        arrival,
        passages,
        annotations);
  }

  static Annotation contact(String articleId, String key, LocalDate from, int start) {
    return new Annotation(
        articleId,
        "contact",
        Set.of(key),
        from,
        from,
        start,
        start + 5,
        "{\"who\":\"" + key + "\"}");
  }

  static Configset configset() {
    return Configset.fromDirectory(Configset.DIRECTORY);
  }
}
