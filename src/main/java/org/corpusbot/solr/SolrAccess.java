package org.corpusbot.solr;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.ShardParams;
import org.apache.solr.common.util.NamedList;
import org.corpusbot.retrieval.IndexUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link CloudSolrClient} of an archive and how every request goes through it: reads that
 * tolerate a shard without a live replica and say which shards did not answer, failures turned into
 * {@link IndexUnavailableException} with a one-line reason. Thread-safe.
 */
final class SolrAccess implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SolrAccess.class);
  private final CloudSolrClient client;
  private final SolrOptions options;

  private SolrAccess(CloudSolrClient client, SolrOptions options) {
    this.client = client;
    this.options = options;
    reads
        .getEventPublisher()
        .onRetry(
            e ->
                log.warn(
                    "A read of {} was cut short ({}); asking again in {} ms",
                    options.where(),
                    oneLine(e.getLastThrowable()),
                    e.getWaitInterval().toMillis()));
  }

  /** A client for {@code options}; it connects on first use. */
  static SolrAccess open(SolrOptions options) {
    Http2SolrClient.Builder http =
        new Http2SolrClient.Builder()
            .withConnectionTimeout(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .withIdleTimeout(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .withRequestTimeout(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    if (options.user() != null) {
      http.withBasicAuthCredentials(options.user(), options.password());
    }
    CloudSolrClient.Builder b;
    if (options.zkHosts().isEmpty()) {
      b = new CloudSolrClient.Builder(options.urls());
    } else {
      b = zkBuilder(options.zkHosts());
      int zkMillis = (int) options.zkTimeout().toMillis();
      b.withZkConnectTimeout(zkMillis, TimeUnit.MILLISECONDS)
          .withZkClientTimeout(Math.max(zkMillis, 10_000), TimeUnit.MILLISECONDS);
    }
    b.withInternalClientBuilder(http).withDefaultCollection(options.collection());
    return new SolrAccess(b.build(), options);
  }

  /** ZooKeeper hosts with the chroot ({@code /solr}) that the last of them may carry. */
  private static CloudSolrClient.Builder zkBuilder(List<String> hosts) {
    List<String> plain = new ArrayList<>(hosts);
    String last = plain.get(plain.size() - 1);
    int slash = last.indexOf('/');
    Optional<String> chroot = Optional.empty();
    if (slash >= 0) {
      chroot = Optional.of(last.substring(slash));
      plain.set(plain.size() - 1, last.substring(0, slash));
    }
    return new CloudSolrClient.Builder(plain.stream().map(String::strip).toList(), chroot);
  }

  CloudSolrClient client() {
    return client;
  }

  SolrOptions options() {
    return options;
  }

  String collection() {
    return options.collection();
  }

  /**
   * A read that answers from the shards that can: the names of those that could not are added to
   * {@code unreachable}. Every shard unreachable is a failure, not an empty answer.
   */
  QueryResponse tolerant(SolrQuery q, Set<String> unreachable) {
    q.set(ShardParams.SHARDS_TOLERANT, true);
    q.set(ShardParams.SHARDS_INFO, true);
    QueryResponse r = query(q);
    Object partial = r.getHeader() == null ? null : r.getHeader().get("partialResults");
    if (Boolean.TRUE.equals(partial) || "true".equals(String.valueOf(partial))) {
      Set<String> down = downShards(r);
      if (down.size() >= shardCount()) {
        throw new IndexUnavailableException(
            options.where()
                + " cannot be read: no shard answered ("
                + String.join(", ", down)
                + ")");
      }
      unreachable.addAll(down);
    }
    return r;
  }

  private volatile Consumer<Set<String>> unreachableListener = parts -> {};

  /**
   * Who hears the shards that did not answer a tolerant read of {@link #tolerant(SolrQuery,
   * String)}.
   */
  void onUnreachable(Consumer<Set<String>> listener) {
    unreachableListener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * A tolerant read that logs which shards did not answer {@code what} (one WARN) and tells the
   * listener ({@link #onUnreachable}).
   */
  QueryResponse tolerant(SolrQuery q, String what) {
    Set<String> down = new TreeSet<>();
    QueryResponse r = tolerant(q, down);
    warnUnreachable(down, what);
    if (!down.isEmpty()) {
      unreachableListener.accept(Set.copyOf(down));
    }
    return r;
  }

  void warnUnreachable(Set<String> down, String what) {
    if (!down.isEmpty()) {
      log.warn(
          "Shard(s) {} of {} did not answer {}; answered from the rest",
          String.join(", ", down),
          options.where(),
          what);
    }
  }

  /**
   * Rows to ask for up to {@code limit} documents of {@code q}: a large limit is first cut to the
   * count, since Solr sizes its queues by the rows asked for, not by what matches.
   */
  int rows(SolrQuery q, int limit, Set<String> unreachable) {
    if (limit <= SMALL) {
      return Math.max(1, limit);
    }
    SolrQuery count = q.getCopy().setRows(0);
    count.setFields();
    count.remove("sort");
    return (int)
        Math.max(1, Math.min(limit, tolerant(count, unreachable).getResults().getNumFound()));
  }

  private static final int SMALL = 10_000;

  /** A read that fails unless every shard answers: what an indexing run decides on. */
  QueryResponse strict(SolrQuery q) {
    q.set(ShardParams.SHARDS_TOLERANT, false);
    return query(q);
  }

  /**
   * Reads are idempotent: one cut short by a node stopping while it answered (a response stream
   * closed mid-parse, which SolrJ reports as a "parsing error" and does not send to another
   * replica, or a request started on its connection as it closed) is asked again, at most twice,
   * after 100 and 200 ms, by when the cluster state has moved the read to a live replica. Anything
   * else fails at once, as before.
   */
  private static final RetryConfig READS =
      RetryConfig.custom()
          .maxAttempts(3)
          .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(100), 2.0))
          .retryOnException(SolrAccess::cutShort)
          .build();

  private final Retry reads = Retry.of("solr-read", READS);

  /** Whether a failed read was cut short by a connection closed under it. */
  static boolean cutShort(Throwable t) {
    if (!(t instanceof IndexUnavailableException)) {
      return false;
    }
    for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
      if (c instanceof java.nio.channels.ClosedChannelException
          || c instanceof java.io.EOFException
          || c instanceof IllegalStateException && "session closed".equals(c.getMessage())) {
        // NOTE: Jetty's HTTP/2 client fails a request it starts on a connection that a stopping
        // node has just closed with a bare IllegalStateException("session closed") (HTTP2Session);
        // SolrBackendE2EIT met it once in session 56, a question lost while a node stopped.
        return true;
      }
    }
    return false;
  }

  private QueryResponse query(SolrQuery q) {
    return reads.executeSupplier(() -> queryOnce(q));
  }

  private QueryResponse queryOnce(SolrQuery q) {
    try {
      // POST: a question's vector or a long list of ids or terms overflows a GET's headers
      return client.query(options.collection(), q, SolrRequest.METHOD.POST);
    } catch (SolrServerException | IOException | SolrException | IllegalStateException e) {
      throw failure("cannot be read", e);
    } catch (RuntimeException e) {
      throw clusterStateFailure(options, "cannot be read", e);
    }
  }

  /**
   * NOTE: SolrJ reports a cluster whose live nodes it cannot fetch from any URL ({@code solr.urls})
   * with a bare {@link RuntimeException}; that one is an unreachable cluster, any other is a bug
   * and goes on as it was.
   */
  static RuntimeException clusterStateFailure(
      SolrOptions options, String what, RuntimeException e) {
    if (e.getClass() == RuntimeException.class) {
      return new IndexUnavailableException(options.where() + " " + what + ": " + oneLine(e), e);
    }
    return e;
  }

  /**
   * What a failed request is: a bad request is a bug (an illegal state); anything else means the
   * cluster cannot be reached or cannot serve, said in one line.
   */
  RuntimeException failure(String what, Exception e) {
    if (e instanceof SolrException se && se.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
      return new IllegalStateException(options.where() + " refused a request: " + oneLine(e), e);
    }
    return new IndexUnavailableException(options.where() + " " + what + ": " + oneLine(e), e);
  }

  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    int nl = msg.indexOf('\n');
    return nl < 0 ? msg : msg.substring(0, nl);
  }

  private int shardCount() {
    DocCollection c = state();
    return c == null ? Integer.MAX_VALUE : c.getSlices().size();
  }

  private DocCollection state() {
    try {
      return client.getClusterState().getCollectionOrNull(options.collection());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The shards that did not answer: those without an active replica on a live node, else those
   * whose replicas' addresses the response names with an error.
   */
  private Set<String> downShards(QueryResponse r) {
    Set<String> down = new TreeSet<>();
    DocCollection c = state();
    if (c == null) {
      down.add("(unknown shard)");
      return down;
    }
    Set<String> live = client.getClusterState().getLiveNodes();
    for (Slice s : c.getSlices()) {
      if (s.getReplicas().stream().noneMatch(rep -> rep.isActive(live))) {
        down.add(s.getName());
      }
    }
    if (down.isEmpty()
        && r.getResponse().get(ShardParams.SHARDS_INFO) instanceof NamedList<?> info) {
      for (int i = 0; i < info.size(); i++) {
        if (info.getVal(i) instanceof NamedList<?> shard && shard.get("error") != null) {
          down.add(sliceOf(c, info.getName(i)));
        }
      }
    }
    if (down.isEmpty()) {
      down.add("(unknown shard)");
    }
    return down;
  }

  private static String sliceOf(DocCollection c, String addresses) {
    for (Slice s : c.getSlices()) {
      for (Replica rep : s.getReplicas()) {
        if (addresses != null && addresses.contains(rep.getCoreName())) {
          return s.getName();
        }
      }
    }
    return addresses == null || addresses.isEmpty() ? "(unknown shard)" : addresses;
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
