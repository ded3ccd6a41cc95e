package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusbot.answer.llm.LlmComposer;
import org.corpusbot.answer.llm.sim.ScriptedLlmServer;
import org.corpusbot.answer.llm.sim.ScriptedLlmServer.Reply;
import org.corpusbot.testing.ConsoleCapture;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The console with a language model configured: what the user sees when it works and when not. */
class LlmCliIT {
  @TempDir static Path dir;
  static Path corpus;

  ScriptedLlmServer server;
  Path config;
  private final ConsoleCapture console = new ConsoleCapture();

  @BeforeAll
  static void corpus() {
    corpus = TestCorpus.copyTo(dir.resolve("corpus"));
  }

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedLlmServer();
    config = dir.resolve("llm-" + System.nanoTime() + ".properties");
    Files.writeString(
        config,
        "llm.provider = ollama\nllm.base-url = "
            + server.ollamaUrl()
            + "\nllm.model = scripted\nllm.timeout-seconds = 2\n");
    console.start();
  }

  @AfterEach
  void stop() {
    console.stop();
    server.close();
  }

  private int run(String... args) {
    String[] all = new String[args.length + 6];
    all[0] = "--corpus";
    all[1] = corpus.toString();
    all[2] = "--data";
    all[3] = dir.resolve("data").toString();
    all[4] = "--config";
    all[5] = config.toString();
    System.arraycopy(args, 0, all, 6, args.length);
    return Main.run(all);
  }

  @Test
  void aCheckedModelAnswerWithItsSources() {
    server.script(
        r ->
            Reply.text(
                "Washington handed over data on several hackers. ["
                    + r.source("data of several hackers")
                    + "] It also gave Moscow the moon. [9]"));
    assertThat(run("ask", "What did Washington hand over to Moscow?")).isZero();
    String s = console.stdout();
    assertThat(s)
        .startsWith("Washington handed over data on several hackers. [1]\n")
        .doesNotContain("moon")
        .contains("Sources:")
        .contains("the data of several hackers");
  }

  @Test
  void whenTheModelFailsTheOfflineAnswerComesWithANoteAndTheLogSaysWhy() {
    server.script(r -> Reply.status(502));
    assertThat(run("ask", "What did Washington hand over to Moscow?")).isZero();
    assertThat(console.stdout()).contains("hackers").contains("(" + LlmComposer.OFFLINE_NOTE + ")");
    assertThat(console.stderr()).contains("Language model failed (HTTP 502); answering offline");
  }

  @ParameterizedTest
  @ValueSource(strings = {"slow", "garbage", "down"})
  void everyKindOfFailureShowsTheOfflineAnswerWithTheNote(String failure) {
    switch (failure) {
      case "slow" -> server.script(r -> Reply.slow(4000, "Too late. [1]"));
      case "garbage" -> server.script(r -> Reply.garbage());
      default -> server.close();
    }
    assertThat(run("ask", "What did Washington hand over to Moscow?")).isZero();
    assertThat(console.stdout())
        .contains("hackers")
        .contains("Sources:")
        .contains("(" + LlmComposer.OFFLINE_NOTE + ")");
  }

  @Test
  void anUncitedModelAnswerIsShownAsNotFound() {
    server.script(r -> Reply.text("Washington handed over a list of hackers, I think."));
    assertThat(run("ask", "What did Washington hand over to Moscow?")).isZero();
    assertThat(console.stdout()).startsWith("The articles don't say.").doesNotContain("I think");
  }

  @Test
  void theChatKeepsTheConversationForFollowUpsUntilReset() {
    server.script(
        r ->
            r.prompt().contains("<sources>")
                ? Reply.text("She needed a visa. [" + r.source("Victoria Nuland") + "]")
                : Reply.text("What did Victoria Nuland need to enter Moscow?"));
    System.setIn(
        new ByteArrayInputStream(
            "Which State Department official went to Moscow?\nWhat did she need?\n/reset\n/quit\n"
                .getBytes(StandardCharsets.UTF_8)));
    assertThat(run("chat")).isZero();
    assertThat(console.stdout())
        .contains("She needed a visa. [1]")
        .contains("Conversation forgotten.");
    assertThat(server.requests().get(2).prompt())
        .contains("What did Victoria Nuland need to enter Moscow?");
  }
}
