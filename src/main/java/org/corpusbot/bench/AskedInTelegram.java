package org.corpusbot.bench;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.corpusbot.telegram.sim.BotApiSimulator;

/**
 * Questions asked of the real bot through the Bot API simulator, one at a time, each in a chat of
 * its own (no follow-up rewriting), on the day it was asked; what the user saw of each: the time
 * from the question's arrival at Telegram to the final answer there (its message holds no "…" any
 * more), and whether that answer has sources.
 */
public record AskedInTelegram(List<Double> answerMillis, int found, int timeouts) {
  public AskedInTelegram {
    answerMillis = List.copyOf(answerMillis);
  }

  public static AskedInTelegram ask(BotApiSimulator sim, List<BenchQuestion> qs, long firstChat)
      throws InterruptedException {
    List<Double> millis = new ArrayList<>();
    int found = 0;
    int timeouts = 0;
    for (int i = 0; i < qs.size(); i++) {
      long chat = firstChat + i;
      BenchQuestion q = qs.get(i);
      int update =
          sim.privateTextAt(
              chat,
              q.sentence(),
              q.asked().atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(43_200));
      long arrival = sim.arrival(update);
      var last =
          sim.await(m -> m.chatId() == chat && !m.text().endsWith(" …"), Duration.ofSeconds(60));
      if (last.isEmpty()) {
        timeouts++;
        continue;
      }
      millis.add((last.get().nanos() - arrival) / 1e6);
      found += last.get().text().contains("<b>Sources</b>") ? 1 : 0;
    }
    return new AskedInTelegram(millis, found, timeouts);
  }
}
