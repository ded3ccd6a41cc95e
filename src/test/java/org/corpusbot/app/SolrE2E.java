package org.corpusbot.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Question;
import org.corpusbot.bench.BenchQuestion;
import org.corpusbot.bench.BenchQuestions;
import org.corpusbot.bench.BenchSplit;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsLoader;
import org.corpusbot.solr.LocalSolrCluster;
import org.corpusbot.testing.SharedData;

/**
 * What the end-to-end tests of the Solr backend share: a corpus of the seed, the fixtures and a few
 * hundred rtqa articles (written to a temporary folder from {@code ../shared/data}, never into the
 * repository), configuration files for the local and the Solr backend, answers in a comparable
 * form, and waiting for a local cluster's replicas.
 */
final class SolrE2E {
  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDate AS_OF = LocalDate.of(2021, 11, 1);

  /** The README's questions on the seed article. */
  static final List<String> SEED_QUESTIONS =
      List.of(
          "Where did Putin and Biden meet?",
          "What did Washington hand over to Moscow?",
          "How many critical infrastructures must be protected from cyberattacks?",
          "Where can Moscow and Washington cooperate?",
          "Did Washington transfer the data of several hackers to Russia?",
          "What is the capital of Peru?",
          "What did Justin Trudeau say about the Russian hackers?",
          "Summarize the article about cyber security talks",
          "Who met Putin?");

  private SolrE2E() {}

  /**
   * The seed and fixtures (copied as the tests' corpus always is), and the rtqa articles of the
   * first {@code golds} dev questions plus {@code others} more, chosen by hash of id, as one JSON
   * Lines file; returns the dev questions whose articles are in it.
   */
  static List<BenchQuestion> corpus(Path dir, int golds, int others) throws Exception {
    org.corpusbot.testing.TestCorpus.copyTo(dir);
    List<BenchQuestion> dev =
        BenchQuestions.read(SharedData.require("rtqa/questions-dev.jsonl")).stream()
            .filter(q -> BenchSplit.DEV.holds(q.id()))
            .limit(golds)
            .toList();
    Set<String> gold = new LinkedHashSet<>();
    dev.forEach(q -> gold.addAll(q.goldArticles()));
    TreeMap<String, String> rest = new TreeMap<>();
    Path from = SharedData.require("rtqa/articles.jsonl");
    try (BufferedReader r = Files.newBufferedReader(from, StandardCharsets.UTF_8);
        BufferedWriter w =
            Files.newBufferedWriter(dir.resolve("rtqa.jsonl"), StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String id = JSON.readTree(line).path("id").asText();
        if (gold.contains(id)) {
          w.write(line);
          w.newLine();
        } else {
          rest.put(hash(id), line);
          if (rest.size() > others) {
            rest.pollLastEntry();
          }
        }
      }
      for (String l : rest.values()) {
        w.write(l);
        w.newLine();
      }
    }
    return dev;
  }

  private static String hash(String s) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  /** A configuration file for the local index in {@code data}. */
  static Path localConfig(Path dir, Path corpus, Path data) throws Exception {
    return write(dir.resolve("local.properties"), Map.of("corpus.path", corpus, "data.dir", data));
  }

  /** A configuration file for {@code collection} on {@code cluster}. */
  static Path solrConfig(
      Path file, Path corpus, Path data, LocalSolrCluster cluster, String collection, int replicas)
      throws Exception {
    return write(
        file,
        Map.of(
            "corpus.path",
            corpus,
            "data.dir",
            data,
            "retrieval.backend",
            "solr",
            "solr.zk-hosts",
            cluster.zkAddress(),
            "solr.collection",
            collection,
            "solr.shards",
            2,
            "solr.replicas",
            replicas,
            "solr.connect-timeout-ms",
            2000,
            "solr.request-timeout-ms",
            10000));
  }

  private static Path write(Path file, Map<String, Object> values) throws Exception {
    StringBuilder sb = new StringBuilder();
    values.forEach((k, v) -> sb.append(k).append(" = ").append(v).append('\n'));
    Files.writeString(file, sb.toString().replace('\\', '/'));
    return file;
  }

  static Settings settings(Path config) {
    return SettingsLoader.load(config, Map.of(), Map.of());
  }

  static Question question(String text) {
    return Question.of(text, AS_OF);
  }

  /** An answer as JSON without how long it took: what two backends must agree on. */
  static JsonNode comparable(Answer a) {
    ObjectNode o = (ObjectNode) AnswerFormat.json(a);
    o.remove("tookMs");
    return o;
  }

  /** Same for a command's JSON output. */
  static JsonNode comparable(String json) throws Exception {
    JsonNode n = JSON.readTree(json);
    if (n instanceof ObjectNode o) {
      o.remove("tookMs");
    }
    return n;
  }

  /**
   * Waits until every replica of {@code collection} is active on a live node (a restarted node's
   * replicas recover first), asking the Collections API of a running node.
   */
  static void awaitActive(LocalSolrCluster cluster, String collection) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      try {
        String url =
            cluster.urls().get(0)
                + "/admin/collections?action=CLUSTERSTATUS&wt=json&collection="
                + collection;
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode c = JSON.readTree(r.body()).path("cluster");
        Set<String> live = new LinkedHashSet<>();
        c.path("live_nodes").forEach(n -> live.add(n.asText()));
        boolean all = true;
        int replicas = 0;
        for (JsonNode shard : c.path("collections").path(collection).path("shards")) {
          for (JsonNode rep : shard.path("replicas")) {
            replicas++;
            all &=
                rep.path("state").asText().equals("active")
                    && live.contains(rep.path("node_name").asText());
          }
        }
        if (all && replicas > 0) {
          return;
        }
        last = r.body();
      } catch (java.io.IOException e) {
        last = e.toString();
      }
      Thread.sleep(250);
    }
    throw new AssertionError("replicas of " + collection + " not all active: " + last);
  }
}
