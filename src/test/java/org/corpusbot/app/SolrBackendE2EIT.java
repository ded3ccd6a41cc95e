package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corpusbot.app.SolrE2E.comparable;
import static org.corpusbot.app.SolrE2E.question;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Question;
import org.corpusbot.bench.BenchQuestion;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexUnavailableException;
import org.corpusbot.solr.LocalSolrCluster;
import org.corpusbot.testing.ConsoleCapture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot on a real SolrCloud (two Jetty nodes and ZooKeeper in this JVM; a collection of 2 shards
 * x 2 replicas) against the bot on the local index, both built from the same corpus (the seed, the
 * fixtures and rtqa articles): the same answers and citations, contacts, summaries and article
 * lists; a node lost in the middle of a stream of questions costs none of them; the whole cluster
 * down fails each question at once and the bot answers again when it is back.
 */
class SolrBackendE2EIT {
  static final String COLLECTION = "e2e";

  @TempDir static Path dir;
  static LocalSolrCluster cluster;
  static Path localConfig;
  static Path solrConfig;
  static Corpusbot local;
  static Corpusbot solr;
  static List<BenchQuestion> dev;

  @BeforeAll
  static void build() throws Exception {
    Path corpus = dir.resolve("corpus");
    dev = SolrE2E.corpus(corpus, 40, 120);
    cluster = LocalSolrCluster.start(2, dir.resolve("solr"));
    localConfig = SolrE2E.localConfig(dir, corpus, dir.resolve("local"));
    solrConfig =
        SolrE2E.solrConfig(
            dir.resolve("solr.properties"), corpus, dir.resolve("data"), cluster, COLLECTION, 2);
    assertThat(Main.run("--config", solrConfig.toString(), "solr", "init")).isZero();
    local = Corpusbot.writable(SolrE2E.settings(localConfig));
    local.sync(false, IndexProgress.NONE);
    solr = Corpusbot.writable(SolrE2E.settings(solrConfig));
    solr.sync(false, IndexProgress.NONE);
  }

  @AfterAll
  static void close() {
    for (AutoCloseable c : new AutoCloseable[] {solr, local, cluster}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The seed questions and the dev questions, each with the day it is asked. */
  private static List<Question> questions() {
    List<Question> out = new ArrayList<>();
    SolrE2E.SEED_QUESTIONS.forEach(q -> out.add(question(q)));
    dev.forEach(q -> out.add(Question.of(q.sentence(), q.asked())));
    return out;
  }

  private static Map<String, JsonNode> answers(Corpusbot bot, List<Question> qs) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Question q : qs) {
      out.put(q.text(), comparable(bot.composer().answer(q)));
    }
    return out;
  }

  @Test
  void theArchiveHoldsTheSameArticlesAndPassages() {
    assertThat(solr.catalog().overview()).isEqualTo(local.catalog().overview());
    assertThat(solr.catalog().overview().articles()).isGreaterThan(150);
  }

  @Test
  void questionsAreAnsweredWithTheSameAnswersAndCitationsAsLocally() {
    List<Question> qs = questions();
    Map<String, JsonNode> expected = answers(local, qs);
    Map<String, JsonNode> got = answers(solr, qs);
    assertThat(got).hasSize(qs.size());
    for (String q : expected.keySet()) {
      assertThat(got.get(q)).as(q).isEqualTo(expected.get(q));
    }
    assertThat(expected.get(SolrE2E.SEED_QUESTIONS.get(0)).toString()).contains("Geneva");
  }

  @Test
  void metSummaryAndArticlesPrintTheSameAsLocally() throws Exception {
    String[][] commands = {
      {"met", "Putin", "--with", "Biden", "--json"},
      {"met", "--place", "Geneva", "--json"},
      {"summary", "--json"},
      {"summary", "--topic", "cyber security talks", "--as-of", "2021-11-01", "--json"},
      {"articles", "--json", "--limit", "500"},
      {"articles", "--json", "--limit", "7", "--offset", "30"}
    };
    for (String[] command : commands) {
      JsonNode want = comparable(run(localConfig, command));
      JsonNode got = comparable(run(solrConfig, command));
      assertThat(got).as(String.join(" ", command)).isEqualTo(want);
    }
  }

  private static String run(Path config, String... command) {
    ConsoleCapture console = new ConsoleCapture();
    console.start();
    try {
      String[] all = new String[command.length + 2];
      all[0] = "--config";
      all[1] = config.toString();
      System.arraycopy(command, 0, all, 2, command.length);
      int code = Main.run(all);
      assertThat(code).as(String.join(" ", command) + ": " + console.stderr()).isZero();
      return console.stdout();
    } finally {
      console.stop();
    }
  }

  @Test
  void aNodeStoppedInTheMiddleOfAQuestionStreamCostsNoQuestion() throws Exception {
    List<Question> qs = questions().subList(0, 24);
    Map<String, JsonNode> expected = answers(local, qs);
    CountDownLatch halfway = new CountDownLatch(8);
    ExecutorService asker = Executors.newSingleThreadExecutor(r -> new Thread(r, "e2e-asker"));
    try {
      Future<Map<String, JsonNode>> stream =
          asker.submit(
              () -> {
                Map<String, JsonNode> out = new LinkedHashMap<>();
                for (Question q : qs) {
                  out.put(q.text(), comparable(solr.composer().answer(q)));
                  halfway.countDown();
                }
                return out;
              });
      assertThat(halfway.await(120, TimeUnit.SECONDS)).isTrue();
      cluster.stopNode(1); // while questions are being answered
      Map<String, JsonNode> got = stream.get(300, TimeUnit.SECONDS);
      assertThat(got).isEqualTo(expected); // every one, same answer and citations, no note
    } finally {
      asker.shutdownNow();
      cluster.startNode(1);
    }
    // The node that came back serves: with the other one stopped, every answer comes from it.
    SolrE2E.awaitActive(cluster, COLLECTION);
    cluster.stopNode(0);
    try {
      assertThat(answers(solr, qs.subList(0, 6))).isEqualTo(answers(local, qs.subList(0, 6)));
    } finally {
      cluster.startNode(0);
      SolrE2E.awaitActive(cluster, COLLECTION);
    }
  }

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void withTheWholeClusterDownAQuestionFailsAtOnceAndIsAnsweredWhenItIsBack() throws Exception {
    Question q = question(SolrE2E.SEED_QUESTIONS.get(0));
    JsonNode expected = comparable(local.composer().answer(q));
    cluster.stopNode(0);
    cluster.stopNode(1);
    try {
      assertThatThrownBy(() -> solr.composer().answer(q))
          .isInstanceOf(IndexUnavailableException.class)
          .hasMessageContaining("Solr collection " + COLLECTION);
    } finally {
      cluster.startNode(0);
      cluster.startNode(1);
    }
    SolrE2E.awaitActive(cluster, COLLECTION);
    Answer again = solr.composer().answer(q);
    assertThat(comparable(again)).isEqualTo(expected);
  }
}
