package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusbot.testing.ConsoleCapture;
import org.corpusbot.testing.SyntheticCorpus;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `ask` configured for another embedding model than the index was built with says so, and answers
 * as the index's model would (the question is embedded by it), until the index is rebuilt.
 */
class EmbeddingModelChangeIT {
  @TempDir Path dir;
  private Path corpus;
  private final ConsoleCapture console = new ConsoleCapture();

  @BeforeEach
  void start() {
    corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    SyntheticCorpus.writeText(corpus.resolve("more"), 20);
    console.start();
  }

  @AfterEach
  void restore() {
    console.stop();
  }

  private String ask(Path config, String question) throws Exception {
    console.resetOut();
    String[] args = {
      "--corpus",
      corpus.toString(),
      "--data",
      dir.resolve("data").toString(),
      "--config",
      config.toString(),
      "ask",
      "--json",
      "--as-of",
      "2025-01-01",
      question
    };
    assertThat(Main.run(args)).isZero();
    ObjectNode o = (ObjectNode) new ObjectMapper().readTree(console.stdout());
    o.remove("tookMs");
    return o.toString();
  }

  @Test
  void askWithAnotherModelWarnsAndAnswersWithTheIndexsModel() throws Exception {
    Path minilm = Files.writeString(dir.resolve("minilm.properties"), "");
    Path bge =
        Files.writeString(dir.resolve("bge.properties"), "embedding.model = bge-small-en-v1.5-q\n");
    String[] questions = {
      "What did Washington hand over to Moscow?", SyntheticCorpus.question(5), "river bridge cost"
    };
    String[] expected = new String[questions.length];
    for (int i = 0; i < questions.length; i++) {
      expected[i] = ask(minilm, questions[i]);
    }
    console.resetErr();
    for (int i = 0; i < questions.length; i++) {
      assertThat(ask(bge, questions[i])).as(questions[i]).isEqualTo(expected[i]);
    }
    assertThat(console.stderr())
        .contains(
            "was built with embedding model all-minilm-l6-v2-q, the configuration says"
                + " bge-small-en-v1.5-q: questions are embedded with all-minilm-l6-v2-q until the"
                + " index is rebuilt (`corpusbot index`)");
  }
}
