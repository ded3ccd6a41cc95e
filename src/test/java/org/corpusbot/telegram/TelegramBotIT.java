package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;
import org.junit.jupiter.api.Test;

/**
 * Answers and commands through the Bot API: questions with citations and source buttons, /start,
 * /help, /articles, /sources, /summary, /met, short replies to what the bot does not understand,
 * and HTML Telegram refuses.
 */
class TelegramBotIT extends BotOverSimulator {
  @Test
  void startsWithGetMeAndTheCommandMenu() throws Exception {
    start();
    assertThat(sim.calls("getme")).isNotEmpty();
    JsonNode commands = sim.calls("setmycommands").get(0).get("commands");
    assertThat(commands.findValuesAsText("command"))
        .contains("start", "help", "ask", "articles", "sources")
        .doesNotContain("reindex", "stats");
    assertThat(bot.username()).isEqualTo("corpus_test_bot");
  }

  @Test
  void aPrivateQuestionIsAnsweredWithCitationsAndSourceButtons() throws Exception {
    start();
    sim.privateText(42, "Where did Putin and Biden meet?");
    Sent s = reply(42, "Geneva");
    assertThat(s.parseMode()).isEqualTo("HTML");
    assertThat(s.text()).contains("[1]").contains("<b>Sources</b>").contains("2021-10-31");
    JsonNode button = s.replyMarkup().get("inline_keyboard").get(0).get(0);
    assertThat(button.get("text").asText()).startsWith("[1] ");
    assertThat(button.get("callback_data").asText()).matches("[\\w-]{11}q\\|\\d+\\|\\d+\\|.+");
    assertThat(sim.calls("sendchataction")).isNotEmpty();
  }

  @Test
  void nonTextEditsEmptyAskAndUnknownCommandsGetShortReplies() throws Exception {
    start();
    sim.privateNonText(42, "sticker");
    reply(42, "I only understand text");
    sim.privateText(43, "/ask");
    reply(43, "/ask Where did Putin");
    sim.privateText(44, "/frobnicate");
    reply(44, "/help lists");
    int q = sim.privateText(45, "Where did Putin and Biden meet?");
    reply(45, "Geneva");
    sim.privateEdit(45, q, "Where did Putin and Biden meet, again?");
    Thread.sleep(1500);
    assertThat(sim.sent()).filteredOn(m -> m.chatId() == 45).hasSize(1);
  }

  @Test
  void metListsContactsWithSourceButtonsAndMeetingQuestionsUseThem() throws Exception {
    start();
    sim.privateText(42, "/met Biden Putin");
    Sent list = reply(42, "Joe Biden");
    assertThat(list.text()).contains("summit, in Geneva, 2021-06-16").contains("phone call");
    assertThat(list.replyMarkup().get("inline_keyboard").get(0).get(0).get("text").asText())
        .startsWith("[1] ");
    sim.privateText(42, "/met in Moscow");
    reply(42, "Victoria Nuland");
    sim.privateText(42, "/met Haddad");
    reply(42, "I found no meetings, talks, visits or calls for Haddad.");
    sim.privateText(42, "Who did Nuland meet?");
    Sent answer = reply(42, "visit, in Moscow");
    assertThat(answer.text()).contains("[1]");
  }

  @Test
  void summaryOfTheNewestByNumberByIdOfATopicAndOfTheArticleAnAnswerCites() throws Exception {
    start();
    sim.privateText(51, "/summary");
    Sent newest = reply(51, "Harbor City budget hearing draws record crowd · 2024-03-20");
    assertThat(newest.text()).contains("[1]").contains("<b>Sources</b>");
    assertThat(
            newest.replyMarkup().get("inline_keyboard").get(0).get(0).get("callback_data").asText())
        .contains("q|");
    sim.privateText(52, "/summary 4");
    reply(52, "Harbor City council approves the new bridge over the Lisle river · 2024-03-12");
    sim.privateText(53, "/summary 99");
    reply(53, "There is no article 99: there are 6. /articles lists them with their numbers.");
    sim.privateText(54, "/summary rtqa-999999");
    reply(54, "I don't know an article with the id rtqa-999999. /articles lists them");
    sim.privateText(55, "/summary Harbor City");
    Sent topic = reply(55, "What the articles say about Harbor City: 2 articles");
    assertThat(topic.text()).contains("[2]");
    sim.privateText(56, "How much will the bridge cost?");
    Sent answer = reply(56, "84 million");
    sim.privateReply(56, "/summary", answer.messageId());
    reply(56, "Harbor City council approves the new bridge over the Lisle river · 2024-03-12");
    sim.privateText(57, "Summarize the article about the ferry strike");
    reply(57, "Northport ferry workers end three-day strike · 2024-03-18");
  }

  @Test
  void startHelpArticlesAndSources() throws Exception {
    start();
    sim.privateText(42, "/start");
    Sent hello = reply(42, "6 news articles");
    assertThat(hello.text())
        .contains("from 2021-10-31 to 2024-03-20")
        .contains("Try:")
        .contains("/summary")
        .contains("/met");
    List<String> examples =
        hello.text().lines().filter(l -> l.startsWith("• ")).map(l -> l.substring(2)).toList();
    assertThat(examples).hasSize(3);
    long chat = 4200;
    for (String example : examples) {
      sim.privateText(++chat, Html.toPlainText(example));
      Sent answer =
          sim.await(m -> m.chatId() == 4200 + examples.indexOf(example) + 1, WAIT).orElseThrow();
      assertThat(answer.text()).as(example).contains("[1]").doesNotContain("don't say");
    }
    sim.privateText(42, "/help");
    reply(42, "/sources");
    sim.privateText(42, "/articles");
    Sent list = reply(42, "<b>Articles</b>");
    assertThat(list.text()).contains("Harbor City budget hearing").contains("1–6 of 6");
    sim.buttonPress(42, 42, list.messageId(), "a|3");
    awaitCalls("answercallbackquery", 1);
    assertThat(sim.calls("answercallbackquery").get(0).path("text").asText())
        .as("a page the bot never offered")
        .isEqualTo(CallbackRouter.EXPIRED);
    CallbackData signed =
        new CallbackData(ButtonKey.loadOrCreate(state.resolve(TelegramBot.BUTTON_KEY)));
    sim.buttonPress(42, 42, list.messageId(), signed.encode(new CallbackData.Page(3)));
    reply(42, "4–6 of 6");
    assertThat(sim.sent())
        .filteredOn(m -> m.messageId() == list.messageId())
        .singleElement()
        .satisfies(m -> assertThat(m.text()).doesNotContain("Harbor City budget hearing"));
    sim.privateText(42, "/sources");
    reply(42, "No sources yet");
    sim.privateText(42, "Where did Putin and Biden meet?");
    reply(42, "Geneva");
    sim.privateText(42, "/sources");
    Sent sources =
        sim.await(m -> m.chatId() == 42 && m.text().startsWith("<b>Sources</b>"), WAIT)
            .orElseThrow();
    assertThat(sources.replyMarkup()).isNotNull();
  }

  @Test
  void htmlThatTelegramRefusesGoesOutAsPlainText() throws Exception {
    start();
    BotApi api =
        new TelegramBotApi(
            new org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient(
                TOKEN,
                new org.telegram.telegrambots.meta.TelegramUrl(
                    "http", "127.0.0.1", sim.url().getPort(), false)),
            FAST);
    api.send(Outgoing.html(42, "Broken <b>markup & stuff"));
    Sent s = sim.await(m -> m.chatId() == 42, WAIT).orElseThrow();
    assertThat(s.parseMode()).isNull();
    assertThat(s.text()).isEqualTo("Broken markup & stuff");
  }

  @Test
  void longAnswersAreSplitBelowTheLimitAtSafePoints() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      sb.append("Sentence number ").append(i).append(" has <b>bold</b> &amp; more. ");
      if (i % 20 == 19) {
        sb.append("\n\n");
      }
    }
    List<String> parts = new MessageSplitter().split("<blockquote>" + sb + "</blockquote>");
    assertThat(parts).hasSizeGreaterThan(1);
    for (String p : parts) {
      assertThat(p.length()).isLessThanOrEqualTo(4096);
      assertThat(OpenTags.at(p)).isEmpty();
      assertThat(p).doesNotContain("&am ").startsWith("<blockquote>");
    }
  }
}
