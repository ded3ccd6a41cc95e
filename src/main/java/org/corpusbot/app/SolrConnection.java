package org.corpusbot.app;

import java.net.URI;
import org.corpusbot.config.Secrets;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SolrSettings;
import org.corpusbot.solr.SolrArchive;
import org.corpusbot.solr.SolrOptions;

/**
 * The settings' SolrCloud as the Solr backend takes it: where ({@code solr.*}), the credentials
 * ({@link Secrets}, environment only) and the timeouts. ZooKeeper's connect timeout is the connect
 * timeout too, so an unreachable ensemble fails a start as fast as an unreachable node.
 */
final class SolrConnection {
  private SolrConnection() {}

  static SolrOptions options(Settings settings) {
    return options(settings.solr(), settings.secrets());
  }

  static SolrOptions options(SolrSettings s, Secrets secrets) {
    return new SolrOptions(
        s.zkHosts(),
        s.urls().stream().map(URI::toString).toList(),
        s.collection(),
        s.shards(),
        s.replicas(),
        secrets.solrUser(),
        secrets.solrPassword(),
        s.connectTimeout(),
        s.requestTimeout(),
        s.connectTimeout());
  }

  /**
   * Opens the collection of {@code settings}; with a positive {@code dimension}, one that takes
   * vectors of that dimension (what an indexing run writes).
   *
   * @throws org.corpusbot.retrieval.IndexUnavailableException with a one-line reason when the
   *     cluster cannot be reached or the collection is missing
   */
  static SolrArchive open(Settings settings, boolean writable, int dimension) {
    return SolrArchive.open(options(settings), writable, dimension);
  }
}
