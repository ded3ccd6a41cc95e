package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Question;
import org.corpusbot.bench.HostileQuestions;
import org.corpusbot.config.SettingsLoader;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.testing.ConsoleCapture;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile or careless user can type, through the fully wired answer chain and the console
 * chat on a real index: every question gets an answer, "the articles don't say" or a refusal, and
 * no stack trace reaches anyone. (How long each takes is measured by {@code bench-hostile}.)
 */
class HostileInputIT {
  @TempDir static Path dir;
  static Path corpus;
  static Path data;
  static Corpusbot bot;

  private final ConsoleCapture console = new ConsoleCapture();

  @BeforeAll
  static void corpus() {
    corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    data = dir.resolve("data");
    // Built first, so that the bot below opens it read-only and the chat can take the writer.
    assertThat(Main.run("--corpus", corpus.toString(), "--data", data.toString(), "index"))
        .isZero();
    bot =
        Corpusbot.forQuestions(
            SettingsLoader.load(
                null,
                java.util.Map.of(),
                java.util.Map.of("corpus.path", corpus.toString(), "data.dir", data.toString())),
            IndexProgress.NONE);
  }

  @AfterAll
  static void close() {
    bot.close();
  }

  @BeforeEach
  void capture() {
    console.start();
  }

  @AfterEach
  void restore() {
    console.stop();
  }

  private void noStackTrace() {
    assertThat(console.stderr())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("ERROR");
  }

  @Test
  void everyHostileQuestionGetsAnAnswerAnHonestNoOrARefusal() {
    for (HostileQuestions.Case c : HostileQuestions.cases()) {
      Answer a = bot.composer().answer(Question.of(c.text(), LocalDate.of(2024, 4, 1)));
      boolean refused = a.text().startsWith("That question is too long");
      boolean honestNo =
          !a.found()
              && a.citations().isEmpty()
              && (a.text().equals("The articles don't say.")
                  || a.text().matches("The articles don't mention [^\\n]+\\."));
      assertThat(a.found() || honestNo || refused)
          .as("reply to %s: %s", c.name(), a.text())
          .isTrue();
      assertThat(refused).as(c.name()).isEqualTo(c.text().length() > 2000);
    }
    noStackTrace();
  }

  @Test
  void aMegabyteQuestionInTheChatIsRefusedPolitelyAndTheNextOneAnswered() {
    String lines =
        "Where did Putin and Biden meet? ".repeat(33_000)
            + "\n"
            + "Where\u0000 did\u001b[2J Putin\u0007 and Biden\u202e meet?\u007f\n";
    System.setIn(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
    assertThat(Main.run("--corpus", corpus.toString(), "--data", data.toString(), "chat")).isZero();
    String out = console.stdout();
    assertThat(out).contains("That question is too long (1,055,999 characters)");
    assertThat(out).contains("Geneva").contains("Sources:").doesNotContain("\u001b");
    assertThat(out).doesNotContain("meet? Where did Putin and Biden meet? Where");
    noStackTrace();
  }
}
