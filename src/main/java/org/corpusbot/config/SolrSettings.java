package org.corpusbot.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the SolrCloud collection is ({@code solr.*}), without credentials: those are {@link
 * Secrets} (environment only). The cluster is found through ZooKeeper ({@code zkHosts}, the way
 * SolrCloud clients route by document id) or, failing that, through Solr node URLs.
 *
 * @param zkHosts ZooKeeper {@code host:port} addresses; the last may end with a chroot ({@code
 *     /solr})
 * @param urls Solr node base URLs ({@code http://solr1:8983/solr}); used when {@code zkHosts} is
 *     empty
 * @param collection the one collection that holds articles, passages, contacts and the meta
 *     document
 * @param shards shards of a collection that {@code corpusbot solr init} creates
 * @param replicas copies of each shard that {@code corpusbot solr init} creates
 * @param connectTimeout longest wait for a connection (to ZooKeeper or a node): what "fails fast"
 *     costs when a host does not answer at all
 * @param requestTimeout longest wait for one request's answer once connected
 */
public record SolrSettings(
    List<String> zkHosts,
    List<URI> urls,
    String collection,
    int shards,
    int replicas,
    Duration connectTimeout,
    Duration requestTimeout) {
  private static final Pattern ZK_HOST = Pattern.compile("[A-Za-z0-9._\\[\\]:-]+:\\d{1,5}(/\\S*)?");

  /** Solr's rule for collection names (SolrIdentifierValidator). */
  private static final Pattern COLLECTION = Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_.-]*");

  public SolrSettings {
    zkHosts = List.copyOf(zkHosts);
    urls = List.copyOf(urls);
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    for (String h : zkHosts) {
      if (!ZK_HOST.matcher(h).matches()) {
        throw new IllegalArgumentException(
            "solr.zk-hosts: '" + h + "' is not host:port (zk1:2181,zk2:2181/solr)");
      }
    }
    for (URI u : urls) {
      // NOTE: the raw authority too: "http://u:p@host_1:8983" parses with no user info.
      if (u.getUserInfo() != null || shown(u.toString()) != u.toString()) {
        // Never echoes the URL: it holds the credentials.
        throw new IllegalArgumentException(
            "solr.urls: a URL holds credentials; give the user and password in "
                + Secrets.SOLR_USER_VAR
                + " and "
                + Secrets.SOLR_PASSWORD_VAR
                + " instead");
      }
      if (u.getScheme() == null || !u.getScheme().matches("(?i)https?") || u.getHost() == null) {
        throw new IllegalArgumentException(
            "solr.urls: '"
                + shown(u.toString())
                + "' is not an http(s) URL of a Solr node (http://solr1:8983/solr)");
      }
    }
    if (collection == null || !COLLECTION.matcher(collection).matches()) {
      throw new IllegalArgumentException(
          "solr.collection = '"
              + collection
              + "' is not a collection name (letters, digits, '.', '_', '-')");
    }
  }

  /**
   * {@code url} as a message may show it: one with an '@' may hold a password, and is not shown.
   * Returns {@code url} itself (the same instance) when it can be shown.
   */
  public static String shown(String url) {
    return url.contains("@") ? "(a URL with '@', not shown: it may hold credentials)" : url;
  }

  /** Whether a cluster is named at all (a backend of solr needs one). */
  public boolean located() {
    return !zkHosts.isEmpty() || !urls.isEmpty();
  }

  /**
   * The ZooKeeper connection string ({@code zk1:2181,zk2:2181/solr}), or null when the cluster is
   * reached by URLs.
   */
  public String zkConnectString() {
    return zkHosts.isEmpty() ? null : String.join(",", zkHosts);
  }

  /** Where the cluster is, for messages ("ZooKeeper zk1:2181" or the first URL). */
  public String where() {
    return zkHosts.isEmpty()
        ? "Solr " + String.join(",", urls.stream().map(URI::toString).toList())
        : "ZooKeeper " + zkConnectString();
  }

  /** The same settings with the cluster at {@code zkConnect} (a cluster a benchmark started). */
  public SolrSettings atZooKeeper(String zkConnect) {
    return new SolrSettings(
        List.of(zkConnect.split(",")),
        List.of(),
        collection,
        shards,
        replicas,
        connectTimeout,
        requestTimeout);
  }
}
