package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusbot.testing.ConsoleCapture;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliIT {
  @TempDir static Path dir;
  static Path corpus;
  static Path data;

  private final ConsoleCapture console = new ConsoleCapture();

  @BeforeAll
  static void corpus() {
    corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    data = dir.resolve("data");
  }

  @BeforeEach
  void capture() {
    console.start();
  }

  @AfterEach
  void restore() {
    console.stop();
  }

  private int run(String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "--corpus";
    all[1] = corpus.toString();
    all[2] = "--data";
    all[3] = data.toString();
    System.arraycopy(args, 0, all, 4, args.length);
    return Main.run(all);
  }

  @Test
  void askJsonPrintsOneObjectWithCitations() throws Exception {
    assertThat(run("ask", "--json", "--as-of", "2021-11-01", "Where did Putin and Biden meet?"))
        .isZero();
    JsonNode o = new ObjectMapper().readTree(console.stdout());
    assertThat(o.get("question").asText()).isEqualTo("Where did Putin and Biden meet?");
    assertThat(o.get("found").asBoolean()).isTrue();
    assertThat(o.get("answer").asText()).contains("Geneva").contains("[1]");
    JsonNode c = o.get("citations").get(0);
    for (String key :
        new String[] {
          "n", "articleId", "title", "date", "source", "url", "quote", "start", "end"
        }) {
      assertThat(c.has(key)).as(key).isTrue();
    }
    assertThat(c.get("articleId").asText()).isEqualTo(TestCorpus.SEED_ID);
    assertThat(o.get("tookMs").isNumber()).isTrue();
  }

  @Test
  void askJsonLeadsWithTheShortAnswerAndTheCitationItRestsOn() throws Exception {
    assertThat(
            run(
                "ask",
                "--json",
                "--as-of",
                "2021-11-01",
                "How many critical infrastructures must be protected from cyberattacks?"))
        .isZero();
    JsonNode o = new ObjectMapper().readTree(console.stdout());
    assertThat(o.get("short").asText()).isEqualTo("16 critical infrastructures");
    assertThat(o.get("answer").asText()).startsWith("16 critical infrastructures [1]");
    assertThat(o.get("shortCitations").size()).isEqualTo(1);
    int n = o.get("shortCitations").get(0).asInt();
    assertThat(o.get("citations").get(n - 1).get("quote").asText())
        .contains("16 critical infrastructures");
  }

  @Test
  void askJsonHasANullShortAnswerWhenNothingIsFound() throws Exception {
    assertThat(run("ask", "--json", "What is the capital of Peru?")).isZero();
    JsonNode o = new ObjectMapper().readTree(console.stdout());
    assertThat(o.get("found").asBoolean()).isFalse();
    assertThat(o.get("short").isNull()).isTrue();
    assertThat(o.get("shortCitations").isEmpty()).isTrue();
  }

  @Test
  void benchRefusesToListHeldOutMissesAndUnknownSplits() {
    String[] files = {"--articles", "no-articles.jsonl", "--questions", "no-questions.jsonl"};
    String[] heldOutMisses = {"bench", files[0], files[1], files[2], files[3], "--misses"};
    assertThat(run(concat(heldOutMisses, "--split", "heldout"))).isEqualTo(2);
    assertThat(console.stderr()).contains("--misses lists dev questions only");
    console.resetErr();
    assertThat(run(concat(heldOutMisses, "--split", "test"))).isEqualTo(2);
    assertThat(console.stderr()).contains("--split must be dev, heldout or all");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void askTextShowsTheAnswerThenTheSources() {
    assertThat(run("ask", "Where did Putin and Biden meet?")).isZero();
    assertThat(console.stdout())
        .contains("Geneva")
        .contains("Sources:")
        .contains("[1] ")
        .contains("2021-10-31");
  }

  @Test
  void metJsonListsEachContactWithItsEvidenceAndArticle() throws Exception {
    assertThat(run("met", "Putin", "--with", "Biden", "--json")).isZero();
    JsonNode events = new ObjectMapper().readTree(console.stdout()).get("events");
    assertThat(events.size()).isGreaterThanOrEqualTo(3);
    JsonNode summit = null;
    for (JsonNode e : events) {
      if (e.get("kind").asText().equals("summit")) {
        summit = e;
      }
    }
    assertThat(summit).isNotNull();
    assertThat(summit.get("participants").toString()).contains("Joe Biden", "Vladimir Putin");
    assertThat(summit.get("place").asText()).isEqualTo("Geneva");
    assertThat(summit.get("dateFrom").asText()).isEqualTo("2021-06-16");
    assertThat(summit.get("evidence").asText()).startsWith("At a summit in Geneva");
    assertThat(summit.get("articleId").asText()).isEqualTo(TestCorpus.SEED_ID);
    assertThat(summit.get("articleDate").asText()).isEqualTo("2021-10-31");
    assertThat(summit.get("participantDetails").get(0).has("title")).isTrue();
  }

  @Test
  void metTextGroupsByPairAndSaysWhenNothingIsFound() {
    assertThat(run("met", "--place", "Moscow")).isZero();
    assertThat(console.stdout())
        .contains("Victoria Nuland:")
        .contains("visit, in Moscow, date not given [")
        .contains("Sources:");
    console.resetOut();
    assertThat(run("met", "Nuland", "--from", "2022-01-01")).isZero();
    assertThat(console.stdout()).contains("No meetings, talks, visits or calls found for Nuland");
    assertThat(run("met", "--from", "2022-01-01", "--to", "2021-01-01")).isEqualTo(2);
    assertThat(console.stderr()).contains("--to is before --from");
  }

  @Test
  void summaryJsonOfTheSeedAndOfATopic() throws Exception {
    assertThat(run("summary", "--json", TestCorpus.SEED_ID)).isZero();
    JsonNode o = new ObjectMapper().readTree(console.stdout());
    assertThat(o.get("summary").asText()).contains("· 2021-10-31").contains("[1]");
    assertThat(o.get("articles").size()).isEqualTo(1);
    assertThat(o.get("articles").get(0).asText()).isEqualTo(TestCorpus.SEED_ID);
    assertThat(o.get("citations").size()).isBetween(3, 5);
    assertThat(o.get("citations").get(0).get("quote").asText()).isNotBlank();
    console.resetOut();
    assertThat(run("summary", "--json", "--topic", "Harbor City", "--as-of", "2024-04-01"))
        .isZero();
    JsonNode t = new ObjectMapper().readTree(console.stdout());
    assertThat(t.get("articles").toString()).contains("council-notes", "harbor-bridge");
    console.resetOut();
    assertThat(run("summary", "--latest", "--sentences", "2")).isZero();
    assertThat(console.stdout())
        .startsWith("Harbor City budget hearing draws record crowd · 2024-03-20");
    assertThat(console.stdout()).contains("[2]").doesNotContain("[3]");
  }

  @Test
  void summaryErrorsSayWhatIsWrong() {
    assertThat(run("summary", "no-such-article-1")).isEqualTo(1);
    assertThat(console.stderr()).contains("no article with id 'no-such-article-1'");
    assertThat(run("summary", "--sentences", "0")).isEqualTo(2);
    assertThat(run("summary", "--latest", "--topic", "x")).isEqualTo(2);
  }

  @Test
  void indexThenArticlesListsNewestFirst() throws Exception {
    assertThat(run("index")).isZero();
    assertThat(console.stdout()).startsWith("Index ");
    console.resetOut();
    assertThat(run("articles", "--json")).isZero();
    JsonNode o = new ObjectMapper().readTree(console.stdout());
    assertThat(o.get("total").asInt()).isEqualTo(6);
    assertThat(o.get("articles").get(0).get("id").asText()).isEqualTo("council-notes");
  }

  @Test
  void articlesTakesAnyLimitAndOffsetAndRefusesNegativeOnes() throws Exception {
    assertThat(run("articles", "--json", "--limit", "2147483647", "--offset", "1")).isZero();
    JsonNode o = new ObjectMapper().readTree(console.stdout());
    assertThat(o.get("articles").size()).isEqualTo(5);
    console.resetOut();
    assertThat(run("articles", "--json", "--limit", "2", "--offset", "2147483647")).isZero();
    assertThat(new ObjectMapper().readTree(console.stdout()).get("articles").size()).isZero();
    for (String[] bad : new String[][] {{"--limit", "-1"}, {"--offset", "-5"}}) {
      console.resetErr();
      assertThat(run("articles", bad[0], bad[1])).isEqualTo(2);
      assertThat(console.stderr()).contains(bad[0]).contains("Usage:");
    }
  }

  @Test
  void chatAnswersLinesFromStandardInputAndHandlesCommands() {
    System.setIn(
        new ByteArrayInputStream(
            "/help\nWhere did Putin and Biden meet?\n/sources\n/bogus\n/as-of 2021-11-01\n/articles\n/met Nuland\n/summary 2\n/summary 99\n/quit\n"
                .getBytes(StandardCharsets.UTF_8)));
    assertThat(run("chat")).isZero();
    assertThat(console.stdout())
        .contains("6 articles (2021-10-31 to 2024-03-20)")
        .contains("/sources")
        .contains("Geneva")
        .contains("Unknown command /bogus")
        .contains("Asking as of 2021-11-01")
        .contains("6 in all")
        .contains("Victoria Nuland:\n• visit, in Moscow, date not given [1]")
        .contains("Northport ferry workers end three-day strike · 2024-03-18")
        .contains("There is no article 99: there are 6. /articles lists them.");
  }

  @Test
  void usageErrorsExitTwoWithHelp() {
    assertThat(run("ask")).isEqualTo(2);
    assertThat(console.stderr()).contains("Usage:");
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(run("ask", "--as-of", "someday", "question")).isEqualTo(2);
    assertThat(console.stderr()).contains("not a date");
  }

  @Test
  void failuresExitOneWithAOneLineReason() throws Exception {
    assertThat(
            Main.run(
                "--corpus",
                dir.resolve("missing").toString(),
                "--data",
                dir.resolve("d2").toString(),
                "ask",
                "hi"))
        .isEqualTo(1);
    assertThat(console.stderr()).contains("corpusbot: corpus not found");
    console.resetErr();
    Path bad = dir.resolve("bad.properties");
    Files.writeString(bad, "answer.passages = 0\n");
    assertThat(Main.run("--config", bad.toString(), "ask", "hi")).isEqualTo(1);
    assertThat(console.stderr().strip())
        .startsWith("corpusbot: answer.passages")
        .doesNotContain("\n");
  }
}
