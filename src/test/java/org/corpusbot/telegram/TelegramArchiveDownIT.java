package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.atomic.AtomicBoolean;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.retrieval.IndexUnavailableException;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The archive (a SolrCloud collection) unreachable while the bot runs: a question is told so at
 * once, in words a reader understands, the log has one line with the reason, polling goes on, and
 * the next question once the archive is back is answered.
 */
class TelegramArchiveDownIT extends BotOverSimulator {
  static final AtomicBoolean down = new AtomicBoolean();

  @BeforeAll
  static void archiveThatCanGoAway() {
    AnswerComposer real = parts.composer();
    AnswerComposer flaky =
        q -> {
          if (down.get()) {
            throw new IndexUnavailableException(
                "Solr collection corpusbot (ZooKeeper 127.0.0.1:1) is unreachable:"
                    + " Connection refused");
          }
          return real.answer(q);
        };
    parts =
        new TelegramBot.Parts(
            flaky,
            parts.catalog(),
            parts.contacts(),
            parts.summaries(),
            parts.conversations(),
            parts.llm(),
            parts.reindexer(),
            parts.examples(),
            parts.stateDir(),
            parts.arrivals(),
            null,
            null);
  }

  @Test
  void aQuestionWhileTheArchiveIsDownIsToldSoAndTheNextOneIsAnswered() throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger(MessageRouter.class);
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    logger.addAppender(events);
    try {
      start();
      down.set(true);
      sim.privateText(41, "Where did Putin and Biden meet?");
      Sent told = reply(41, "can't be reached");
      assertThat(told.text())
          .isEqualTo(MessageRouter.ARCHIVE_UNREACHABLE)
          .doesNotContain("Solr")
          .doesNotContain("something went wrong");
      assertThat(events.list)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.getFormattedMessage()).contains("Connection refused");
                assertThat(e.getThrowableProxy()).as("one line, no stack trace").isNull();
              });

      down.set(false);
      sim.privateText(41, "Where did Putin and Biden meet?");
      assertThat(reply(41, "Geneva").text()).contains("[1]");
    } finally {
      logger.detachAppender(events);
      down.set(false);
    }
  }
}
