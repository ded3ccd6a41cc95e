package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/**
 * Button presses: a source shows its passage, Summarize beside the articles, forged or stale data
 * gets a notice and nothing else; every press is answered.
 */
class TelegramButtonsIT extends BotOverSimulator {
  @Test
  void pressingASourceButtonShowsTheQuotedPassageAndAnswersTheCallback() throws Exception {
    start();
    sim.privateText(42, "Where did Putin and Biden meet?");
    Sent answer = reply(42, "Geneva");
    String data =
        answer.replyMarkup().get("inline_keyboard").get(0).get(0).get("callback_data").asText();
    sim.buttonPress(42, 42, answer.messageId(), data);
    Sent quote = reply(42, "<blockquote>");
    assertThat(quote.text()).contains("Geneva").contains("2021-10-31");
    assertThat(quote.replyTo()).isEqualTo(answer.messageId());
    awaitCalls("answercallbackquery", 1);
    assertThat(sim.calls("answercallbackquery").get(0).has("text")).isFalse();
  }

  @Test
  void summarizeButtonsBesideTheArticles() throws Exception {
    start();
    sim.privateText(58, "/articles");
    Sent list = reply(58, "<b>Articles</b>");
    JsonNode keyboard = list.replyMarkup().get("inline_keyboard");
    JsonNode second = keyboard.get(0).get(1);
    assertThat(second.get("text").asText()).isEqualTo("Summarize 2");
    assertThat(keyboard.get(keyboard.size() - 1).get(0).get("text").asText())
        .isEqualTo("Summarize 5");
    sim.buttonPress(58, 58, list.messageId(), second.get("callback_data").asText());
    Sent summary = reply(58, "Northport ferry workers end three-day strike · 2024-03-18");
    assertThat(summary.replyTo()).isEqualTo(list.messageId());
    awaitCalls("answercallbackquery", 1);
    assertThat(sim.calls("answercallbackquery").get(0).has("text")).isFalse();
  }

  @Test
  void forgedOrStaleButtonsGetAPoliteNoticeAndTheButtonStopsSpinning() throws Exception {
    start();
    sim.buttonPress(42, 42, 1, "q|0|99999|no-such-article");
    sim.buttonPress(42, 42, 1, "garbage");
    sim.buttonPress(42, 42, 1, "q|0|200000|big");
    sim.buttonPress(42, 42, 1, "q|0|200000|" + TestCorpus.SEED_ID);
    awaitCalls("answercallbackquery", 4);
    assertThat(sim.calls("answercallbackquery"))
        .extracting(c -> c.path("text").asText())
        .containsOnly(CallbackRouter.EXPIRED);
    assertThat(sim.sent()).isEmpty();
  }
}
