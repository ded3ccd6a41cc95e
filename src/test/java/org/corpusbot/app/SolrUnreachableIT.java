package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.corpusbot.testing.CorpusbotProcess;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retrieval.backend = solr} with nothing listening where the cluster should be: every
 * command that needs it ends with exit 1 and one line saying where it looked and why, no stack
 * trace, no wait beyond the connect timeout. Run as the real command, in its own process, so what
 * is checked is everything the operator sees.
 */
class SolrUnreachableIT {
  @TempDir static Path dir;
  static Path corpus;
  static int port;

  @BeforeAll
  static void setUp() throws IOException {
    corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort(); // free once closed: nothing listens there
    }
  }

  private static List<String> run(Map<String, String> env, String name, String... args)
      throws Exception {
    Path log = dir.resolve(name + ".log");
    String[] all = new String[args.length + 4];
    all[0] = "--corpus";
    all[1] = corpus.toString();
    all[2] = "--data";
    all[3] = dir.resolve("data-" + name).toString();
    System.arraycopy(args, 0, all, 4, args.length);
    try (CorpusbotProcess p = CorpusbotProcess.start(log, env, all)) {
      assertThat(p.waitFor(Duration.ofSeconds(90))).as(p.output()).isEqualTo(1);
      return p.output().lines().toList();
    }
  }

  private static Map<String, String> zk() {
    return Map.of(
        "CORPUSBOT_RETRIEVAL_BACKEND", "solr",
        "CORPUSBOT_SOLR_ZK_HOSTS", "127.0.0.1:" + port,
        "CORPUSBOT_SOLR_CONNECT_TIMEOUT_MS", "1500");
  }

  @Test
  void aQuestionWithZooKeeperUnreachableEndsWithOneLineAndExit1() throws Exception {
    List<String> out = run(zk(), "ask", "ask", "Where did Putin and Biden meet?");
    assertThat(out).as(String.join("\n", out)).hasSize(1);
    assertThat(out.get(0))
        .startsWith("corpusbot: ")
        .contains("ZooKeeper 127.0.0.1:" + port)
        .doesNotContain("Exception");
  }

  @Test
  void indexingWithSolrUnreachableEndsWithOneLineAndExit1() throws Exception {
    Map<String, String> env =
        Map.of(
            "CORPUSBOT_RETRIEVAL_BACKEND", "solr",
            "CORPUSBOT_SOLR_URLS", "http://127.0.0.1:" + port + "/solr",
            "CORPUSBOT_SOLR_CONNECT_TIMEOUT_MS", "1500");
    List<String> out = run(env, "index", "index");
    assertThat(out).as(String.join("\n", out)).hasSize(1);
    assertThat(out.get(0)).startsWith("corpusbot: ").contains("127.0.0.1:" + port);
  }

  @Test
  void solrInitWithZooKeeperUnreachableEndsWithOneLineAndExit1() throws Exception {
    List<String> out = run(zk(), "init", "solr", "init");
    assertThat(out).as(String.join("\n", out)).hasSize(1);
    assertThat(out.get(0)).startsWith("corpusbot: ").contains("ZooKeeper 127.0.0.1:" + port);
  }

  @Test
  void solrInitWithAConfigsetFolderWithoutSchemaEndsWithOneLineAndExit1() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("not-a-configset"));
    List<String> out = run(zk(), "configset", "solr", "init", "--configset", empty.toString());
    assertThat(out).as(String.join("\n", out)).hasSize(1);
    assertThat(out.get(0)).isEqualTo("corpusbot: no schema.xml in the Solr configset " + empty);
  }

  @Test
  void theTelegramBotWithZooKeeperUnreachableEndsBeforePolling() throws Exception {
    Map<String, String> env = new java.util.HashMap<>(zk());
    env.put("TELEGRAM_BOT_TOKEN", "123456789:" + "x".repeat(35));
    env.put("CORPUSBOT_TELEGRAM_API_URL", "http://127.0.0.1:" + port);
    List<String> out = run(env, "telegram", "telegram");
    assertThat(out).as(String.join("\n", out)).hasSize(1);
    assertThat(out.get(0)).startsWith("corpusbot: ").contains("ZooKeeper 127.0.0.1:" + port);
    assertThat(Files.exists(dir.resolve("data-telegram").resolve("index"))).isFalse();
  }
}
