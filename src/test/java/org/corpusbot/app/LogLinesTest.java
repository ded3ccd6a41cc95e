package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.corpusbot.testing.ConsoleCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What reaches the log through the real logback configuration. */
class LogLinesTest {
  final ConsoleCapture console = new ConsoleCapture();

  @BeforeEach
  void capture() {
    console.start();
  }

  @AfterEach
  void restore() {
    console.stop();
  }

  @Test
  void aFileNameHoldingANewlineCannotForgeALogLine() {
    String name = "evil.txt\n12:00:00.000 ERROR [main] Indexer - index deleted\r\u001b[2J";
    LoggerFactory.getLogger("test").warn("{}: skipped, empty file", name);
    String err = console.stderr();
    assertThat(err).as("one line, ended by a newline").endsWith("\n").doesNotContain("%n");
    assertThat(err.lines().count()).as(err).isEqualTo(1);
    assertThat(err)
        .contains("evil.txt\\n12:00:00.000 ERROR")
        .contains("\\r\\u001b[2J")
        .doesNotContain("\u001b");
  }

  @Test
  void stackTracesKeepTheirLinesButTheirMessagesAreEscapedToo() {
    Exception e = new IllegalStateException("bad\nFORGED LINE");
    LoggerFactory.getLogger("test").error("Update {} failed", 7, e);
    String err = console.stderr();
    assertThat(err).contains("Update 7 failed\n").contains("bad\\nFORGED LINE");
    assertThat(err.lines()).noneMatch(l -> l.startsWith("FORGED"));
    assertThat(err.lines()).anyMatch(l -> l.strip().startsWith("at org.corpusbot"));
    assertThat(err.split("IllegalStateException", -1)).as("one stack trace").hasSize(2);
  }

  @Test
  void unicodeTextIsLeftReadable() {
    LoggerFactory.getLogger("test").info("Zürich – “quoted” 東京 ✓\ttab");
    assertThat(console.stderr()).contains("Zürich – “quoted” 東京 ✓\ttab");
  }
}
