package org.corpusbot.solr;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.corpusbot.retrieval.IndexUnavailableException;

/**
 * A SolrCloud of {@code N} Solr nodes and an embedded ZooKeeper in this JVM (Solr's {@code
 * MiniSolrCloudCluster}: real Jetty servers on loopback ports), for tests and for {@code bench
 * --backend solr} when no cluster is given. Nodes can be stopped and started again to see what a
 * failing node does. Not for serving: everything lives and dies with this process.
 *
 * <p>Cost: about 5 s to start two nodes; each node's cores live under {@code baseDir}.
 */
public final class LocalSolrCluster implements AutoCloseable {
  private final MiniSolrCloudCluster cluster;
  private final List<JettySolrRunner> runners;
  private final boolean[] stopped;

  private LocalSolrCluster(MiniSolrCloudCluster cluster) {
    this.cluster = cluster;
    // NOTE: the cluster's own list drops a stopped node; start order is kept here
    this.runners = List.copyOf(cluster.getJettySolrRunners());
    this.stopped = new boolean[runners.size()];
  }

  /** Starts {@code nodes} Solr nodes and a ZooKeeper, keeping their data under {@code baseDir}. */
  public static LocalSolrCluster start(int nodes, Path baseDir) {
    if (nodes < 1) {
      throw new IllegalArgumentException("a cluster needs at least one node, not " + nodes);
    }
    // NOTE: without it each node logs an ERROR that its own logging may be incomplete; the nodes
    // log through this process's logback, so the folder stays empty.
    if (System.getProperty("solr.log.dir") == null) {
      System.setProperty("solr.log.dir", baseDir.resolve("logs").toString());
    }
    try {
      return new LocalSolrCluster(
          new MiniSolrCloudCluster(nodes, baseDir, JettyConfig.builder().build()));
    } catch (Exception e) {
      throw new IndexUnavailableException("could not start a local SolrCloud: " + e, e);
    }
  }

  /** The embedded ZooKeeper's address ({@code 127.0.0.1:PORT/solr}), for {@code solr.zk-hosts}. */
  public String zkAddress() {
    return cluster.getZkServer().getZkAddress();
  }

  /** The base URLs of the running nodes ({@code http://127.0.0.1:PORT/solr}). */
  public List<String> urls() {
    return runners.stream()
        .filter(JettySolrRunner::isRunning)
        .map(j -> j.getBaseUrl().toString())
        .toList();
  }

  public int nodes() {
    return runners.size();
  }

  /** Stops node {@code i} (0-based, in start order) and waits until it is down. */
  public synchronized void stopNode(int i) {
    if (stopped[i]) {
      return;
    }
    try {
      JettySolrRunner node = runners.get(i);
      cluster.stopJettySolrRunner(node);
      cluster.waitForJettyToStop(node);
      stopped[i] = true;
    } catch (Exception e) {
      throw new IllegalStateException("could not stop Solr node " + i + ": " + e, e);
    }
  }

  /** Starts the stopped node {@code i} again on its port, with its cores, and waits for it. */
  public synchronized void startNode(int i) {
    if (!stopped[i]) {
      return;
    }
    JettySolrRunner node = runners.get(i);
    try {
      cluster.startJettySolrRunner(node, true);
      cluster.waitForNode(node, 60);
      stopped[i] = false;
    } catch (Exception e) {
      throw new IllegalStateException("could not start Solr node " + i + ": " + e, e);
    }
  }

  /** The shards of {@code collection} with a replica on node {@code i}, by name. */
  public List<String> shardsOn(int i, String collection) {
    String node = runners.get(i).getNodeName();
    DocCollection c = cluster.getZkStateReader().getClusterState().getCollection(collection);
    return c.getSlices().stream()
        .filter(s -> s.getReplicas().stream().anyMatch(r -> node.equals(r.getNodeName())))
        .map(Slice::getName)
        .sorted()
        .toList();
  }

  /** Waits (up to 60 s) until every replica of {@code collection} is active again. */
  public void awaitActive(String collection, int shards, int replicas) {
    cluster.waitForActiveCollection(collection, 60, TimeUnit.SECONDS, shards, shards * replicas);
  }

  /** Stops every node and ZooKeeper. */
  @Override
  public void close() {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the local SolrCloud: " + e, e);
    }
  }
}
