package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.corpusbot.answer.Conversations;
import org.corpusbot.telegram.sim.BotApiSimulator;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/**
 * Who gets answered and how often: groups only when addressed, allow-lists and admin commands,
 * /reindex while an index update runs, and the per-user bucket that every command and button doing
 * work draws on.
 */
class TelegramAccessIT extends BotOverSimulator {
  @Test
  void groupsAreAnsweredOnlyWhenAddressed() throws Exception {
    start();
    long group = -100123;
    sim.groupText(group, 42, "Where did Putin and Biden meet?", null);
    sim.groupText(group, 42, "/ask@some_other_bot Where did Putin and Biden meet?", null);
    noReply(group, Duration.ofSeconds(2));
    sim.groupText(group, 42, "/ask@corpus_test_bot Where did Putin and Biden meet?", null);
    reply(group, "Geneva");
    sim.groupText(group, 43, "@corpus_test_bot who is Ann Neuberger?", null);
    reply(group, "Neuberger");
    int mine = sim.sent().get(0).messageId();
    sim.groupText(group, 44, "How much will the Lisle river bridge cost?", mine);
    reply(group, "84 million");
  }

  @Test
  void allowListsAndAdminCommandsHold() throws Exception {
    start(Set.of(42L), Set.of(7L), 100, dir.resolve("state-acl"));
    sim.privateText(77, "Where did Putin and Biden meet?");
    reply(77, "Sorry, this bot is private.");
    sim.buttonPress(77, 77, 1, "q|0|10|" + TestCorpus.SEED_ID);
    awaitCalls("answercallbackquery", 1);
    assertThat(sim.calls("answercallbackquery").get(0).path("text").asText())
        .isEqualTo(MessageRouter.REFUSED);
    sim.privateText(42, "/stats");
    reply(42, "for the bot's admins");
    sim.privateText(7, "/stats");
    reply(7, "Corpus: 6 articles");
    sim.privateText(7, "/reindex");
    reply(7, "Reindexing the corpus");
    reply(7, "6 unchanged");
  }

  @Test
  void reindexWhileAnUpdateRunsSaysSoOnceAndStartsNothing() throws Exception {
    int[] started = {0};
    Reindexer busy =
        new Reindexer() {
          @Override
          public String reindex() {
            started[0]++;
            return "done";
          }

          @Override
          public java.util.Optional<String> busy() {
            return java.util.Optional.of("An index update is already running (the start-up check)");
          }
        };
    sim = new BotApiSimulator(TOKEN, 999, "corpus_test_bot");
    TelegramSettings s =
        new TelegramSettings(
            sim.url(), Set.of(), Set.of(), Set.of(7L), 100, Duration.ofMinutes(1), 4, 100, 1, 5);
    bot =
        TelegramBot.start(
            s,
            TOKEN,
            new TelegramBot.Parts(
                parts.composer(),
                parts.catalog(),
                parts.contacts(),
                parts.summaries(),
                new Conversations(),
                parts.llm(),
                busy,
                List.of(),
                dir.resolve("state-busy"),
                null,
                null,
                null),
            FAST);
    sim.privateText(7, "/reindex");
    reply(7, "already running");
    Thread.sleep(500);
    assertThat(sim.sent()).filteredOn(m -> m.chatId() == 7).hasSize(1);
    assertThat(started[0]).isZero();
  }

  @Test
  void theRateLimitHoldsPerUser() throws Exception {
    start(Set.of(), Set.of(), 2, dir.resolve("state-rate"));
    for (int i = 0; i < 3; i++) {
      sim.privateText(42, "Where did Putin and Biden meet? " + i);
    }
    reply(42, "faster than I can keep up");
    assertThat(sim.sent())
        .filteredOn(m -> m.chatId() == 42 && m.text().contains("Geneva"))
        .hasSize(2);
    sim.privateText(43, "Where did Putin and Biden meet?");
    reply(43, "Geneva");
  }

  @Test
  void anonymousAdminsOfTwoGroupsHaveABucketEachNotOneBetweenThem() throws Exception {
    start(Set.of(), Set.of(), 2, dir.resolve("state-anonymous"));
    for (int i = 0; i < 2; i++) {
      sim.groupTextAsGroup(-501, "/ask@corpus_test_bot Where did Putin and Biden meet? " + i);
    }
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (sim.sent().stream().filter(m -> m.chatId() == -501).count() < 2
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(sim.sent())
        .filteredOn(m -> m.chatId() == -501 && m.text().contains("Geneva"))
        .hasSize(2);
    // The same sender id (GroupAnonymousBot), another group: its own bucket, still full.
    sim.groupTextAsGroup(-502, "/ask@corpus_test_bot Where did Putin and Biden meet?");
    reply(-502, "Geneva");
  }

  @Test
  void everyCommandAndButtonThatDoesWorkCountsAgainstTheUsersBucket() throws Exception {
    start(Set.of(), Set.of(), 3, dir.resolve("state-work"));
    sim.privateText(42, "/articles");
    Sent list = reply(42, "<b>Articles</b>");
    sim.privateText(42, "/summary Harbor City");
    reply(42, "What the articles say about Harbor City");
    sim.privateText(42, "/met");
    reply(42, "Joe Biden");
    sim.privateText(42, "/help");
    reply(42, "<b>Commands</b>");
    sim.privateText(42, "/summary");
    reply(42, "faster than I can keep up");
    String summarize =
        list.replyMarkup().get("inline_keyboard").get(0).get(0).get("callback_data").asText();
    sim.buttonPress(42, 42, list.messageId(), summarize);
    awaitCalls("answercallbackquery", 1);
    assertThat(sim.calls("answercallbackquery").get(0).path("text").asText())
        .contains("faster than I can keep up");
    Thread.sleep(500);
    assertThat(sim.sent()).filteredOn(m -> m.chatId() == 42).hasSize(5);
    sim.privateText(43, "/summary");
    reply(43, "Harbor City budget hearing");
  }
}
