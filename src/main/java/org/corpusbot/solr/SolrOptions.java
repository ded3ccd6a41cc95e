package org.corpusbot.solr;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where the SolrCloud collection is and how to talk to it: ZooKeeper hosts ({@code host:port,…}
 * with an optional chroot such as {@code /solr}) or, without them, Solr base URLs; the collection,
 * its shards and replicas (used when {@code solr init} creates it); basic-auth credentials (both
 * null when none); and timeouts, short so that an unreachable cluster fails fast.
 *
 * <p>{@link #toString()} never shows the password.
 */
public record SolrOptions(
    List<String> zkHosts,
    List<String> urls,
    String collection,
    int shards,
    int replicas,
    String user,
    String password,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration zkTimeout) {
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration ZK_TIMEOUT = Duration.ofSeconds(10);

  public SolrOptions {
    zkHosts = zkHosts == null ? List.of() : List.copyOf(zkHosts);
    urls = urls == null ? List.of() : List.copyOf(urls);
    if (zkHosts.isEmpty() == urls.isEmpty()) {
      throw new IllegalArgumentException(
          "give solr.zk-hosts or solr.urls (exactly one of them) to reach SolrCloud");
    }
    Objects.requireNonNull(collection, "collection");
    if (!collection.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException(
          "solr.collection must be letters, digits, '.', '_' or '-', not '" + collection + "'");
    }
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException(
          "solr.shards and solr.replicas must be at least 1, not " + shards + " and " + replicas);
    }
    if ((user == null) != (password == null)) {
      throw new IllegalArgumentException(
          "Solr basic auth needs both CORPUSBOT_SOLR_USER and CORPUSBOT_SOLR_PASSWORD, or neither");
    }
    connectTimeout = positive(connectTimeout, CONNECT_TIMEOUT, "connect");
    requestTimeout = positive(requestTimeout, REQUEST_TIMEOUT, "request");
    zkTimeout = positive(zkTimeout, ZK_TIMEOUT, "ZooKeeper");
  }

  /** Through ZooKeeper, without credentials, with the default timeouts. */
  public static SolrOptions zk(String zkHosts, String collection, int shards, int replicas) {
    return new SolrOptions(
        List.of(zkHosts.split(",")),
        null,
        collection,
        shards,
        replicas,
        null,
        null,
        null,
        null,
        null);
  }

  /** The same with these credentials. */
  public SolrOptions withCredentials(String user, String password) {
    return new SolrOptions(
        zkHosts,
        urls,
        collection,
        shards,
        replicas,
        user,
        password,
        connectTimeout,
        requestTimeout,
        zkTimeout);
  }

  /** The same with these timeouts. */
  public SolrOptions withTimeouts(Duration connect, Duration request, Duration zk) {
    return new SolrOptions(
        zkHosts, urls, collection, shards, replicas, user, password, connect, request, zk);
  }

  /** "Solr collection C (ZooKeeper H)" or "(Solr U)": for messages; never the credentials. */
  public String where() {
    return "Solr collection "
        + collection
        + (zkHosts.isEmpty()
            ? " (Solr " + String.join(",", urls) + ")"
            : " (ZooKeeper " + String.join(",", zkHosts) + ")");
  }

  @Override
  public String toString() {
    return where()
        + ", "
        + shards
        + " shards x "
        + replicas
        + " replicas"
        + (user == null ? "" : ", user " + user);
  }

  private static Duration positive(Duration d, Duration fallback, String what) {
    if (d == null) {
      return fallback;
    }
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("the Solr " + what + " timeout must be positive: " + d);
    }
    return d;
  }
}
