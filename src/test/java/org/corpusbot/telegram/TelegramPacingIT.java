package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.corpusbot.telegram.sim.BotApiSimulator.Delivery;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;
import org.junit.jupiter.api.Test;

/**
 * The one outgoing queue over real HTTP: 500 alerts (sent through the bot's bulk view, as alert
 * delivery does) while users ask questions; every limit is checked on the moments the simulated
 * Telegram received each message. Then 403s and group admins.
 */
class TelegramPacingIT extends BotOverSimulator {
  static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  static final int ALERTS = 500;
  static final int GROUPS = 20;

  record Asked(long chat, long arrival, String expect) {}

  @Test
  void fiveHundredAlertsKeepTelegramsLimitsAndQuestionsAreAnsweredFirst() throws Exception {
    start();
    sim.privateText(1, "Where did Putin and Biden meet?");
    reply(1, "Geneva"); // warm: the first answer loads what the next ones reuse

    List<Long> targets = new ArrayList<>();
    for (int i = 0; i < ALERTS; i++) {
      targets.add(i < GROUPS ? -20_000L - i : 10_000L + i);
    }
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    List<Thread> senders = new ArrayList<>();
    for (long chat : targets) {
      Thread t =
          new Thread(
              () -> {
                try {
                  bot.bulk().send(Outgoing.html(chat, "Alert for " + chat));
                } catch (Throwable e) {
                  failures.add(e);
                }
              },
              "test-alert-" + chat);
      senders.add(t);
      t.start();
    }

    List<Asked> asked = new ArrayList<>();
    Thread.sleep(1500);
    asked.add(ask(701, "Where did Putin and Biden meet?", "Geneva"));
    // one user asks five at once: their chat's own limit (a burst of 3, then 1 a second) applies
    for (String q : new String[] {"Who is Ann Neuberger?", "Why did the ferry workers strike?"}) {
      sim.privateText(702, q);
    }
    for (int i = 0; i < 3; i++) {
      sim.privateText(702, "How much will the Lisle river bridge cost?");
    }
    Thread.sleep(3000);
    asked.add(ask(703, "Who is Ann Neuberger?", "Neuberger"));
    Thread.sleep(3000);
    int update =
        sim.groupText(-30_000, 704, "/ask@corpus_test_bot Where did Putin and Biden meet?", null);
    asked.add(new Asked(-30_000, sim.arrival(update), "Geneva"));
    Thread.sleep(3000);
    asked.add(ask(701, "How much will the Lisle river bridge cost?", "84 million"));

    for (Thread t : senders) {
      t.join(TimeUnit.SECONDS.toMillis(90));
    }
    assertThat(failures).isEmpty();
    List<Sent> sent = sim.sent();
    for (long chat : targets) {
      assertThat(sent.stream().filter(s -> s.chatId() == chat))
          .as("alerts to chat %d", chat)
          .singleElement()
          .satisfies(s -> assertThat(s.text()).isEqualTo("Alert for " + chat));
    }
    List<Delivery> deliveries = sim.deliveries();
    List<Long> alertTimes =
        deliveries.stream().filter(d -> targets.contains(d.chatId())).map(Delivery::nanos).toList();

    for (Asked a : asked) {
      long answered = firstReplyAfter(a);
      long waitingThen = alertTimes.stream().filter(t -> t > a.arrival()).count();
      long overtaking = alertTimes.stream().filter(t -> t > a.arrival() && t < answered).count();
      assertThat(waitingThen).as("alerts still waiting when %s asked", a.chat()).isGreaterThan(100);
      // first in line: only the alerts sent while the bot read and composed (well under a
      // second's worth); in arrival order it would wait for every alert still waiting
      assertThat(overtaking).as("alerts sent before %s's answer", a.chat()).isLessThan(30);
    }
    awaitReplies(702, 5);

    List<Delivery> all = sim.deliveries();
    assertThat(maxInWindow(all.stream().map(Delivery::nanos).toList(), SECOND))
        .as("messages and edits in any second")
        .isLessThanOrEqualTo(SendLimits.TELEGRAM.perSecond());
    Map<Long, List<Long>> byChat = new HashMap<>();
    all.forEach(d -> byChat.computeIfAbsent(d.chatId(), c -> new ArrayList<>()).add(d.nanos()));
    assertThat(byChat.get(702L)).hasSizeGreaterThanOrEqualTo(5);
    byChat.forEach(
        (chat, times) -> {
          assertThat(maxInWindow(times, SECOND))
              .as("chat %d in any second", chat)
              .isLessThanOrEqualTo(SendLimits.TELEGRAM.chatBurst());
          if (chat < 0) {
            assertThat(maxInWindow(times, 60 * SECOND))
                .as("group %d in any minute", chat)
                .isLessThanOrEqualTo(SendLimits.TELEGRAM.groupPerMinute());
          }
        });
  }

  private Asked ask(long user, String question, String expect) {
    int update = sim.privateText(user, question);
    return new Asked(user, sim.arrival(update), expect);
  }

  /** When the first message or edit to {@code a}'s chat after its question arrived. */
  private long firstReplyAfter(Asked a) throws InterruptedException {
    sim.await(
            m -> m.chatId() == a.chat() && m.nanos() > a.arrival() && m.text().contains(a.expect()),
            WAIT)
        .orElseThrow(() -> new AssertionError("no answer in chat " + a.chat()));
    return sim.deliveries().stream()
        .filter(d -> d.chatId() == a.chat() && d.nanos() > a.arrival())
        .mapToLong(Delivery::nanos)
        .min()
        .orElseThrow();
  }

  private void awaitReplies(long chat, int n) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (sim.sent().stream().filter(s -> s.chatId() == chat).count() < n
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(sim.sent().stream().filter(s -> s.chatId() == chat)).hasSize(n);
  }

  /** The most of {@code times} (sorted) in any half-open window of {@code window} nanoseconds. */
  static int maxInWindow(List<Long> times, long window) {
    List<Long> sorted = times.stream().sorted().toList();
    int max = 0;
    for (int i = 0, j = 0; j < sorted.size(); j++) {
      while (sorted.get(j) - sorted.get(i) >= window) {
        i++;
      }
      max = Math.max(max, j - i + 1);
    }
    return max;
  }

  @Test
  void aChatThatBlockedTheBotIsRefusedWith403OnceNotRetried() throws Exception {
    start();
    sim.blockBot(777);
    sim.blockBot(-777);
    assertThatThrownBy(() -> bot.bulk().send(Outgoing.html(777, "Alert")))
        .isInstanceOfSatisfying(
            BotApiException.class,
            e -> {
              assertThat(e.code()).isEqualTo(403);
              assertThat(e.getMessage()).contains("blocked by the user");
            });
    assertThatThrownBy(() -> bot.bulk().send(Outgoing.html(-777, "Alert")))
        .isInstanceOfSatisfying(
            BotApiException.class,
            e -> {
              assertThat(e.code()).isEqualTo(403);
              assertThat(e.getMessage()).contains("kicked");
            });
    assertThat(sim.calls("sendMessage"))
        .extracting(p -> p.path("chat_id").asLong())
        .containsExactly(777L, -777L); // one attempt each
    assertThat(sim.deliveries()).isEmpty();

    sim.privateText(777, "Where did Putin and Biden meet?"); // an answer to them fails alike...
    awaitCalls("sendMessage", 3);
    sim.privateText(888, "Where did Putin and Biden meet?"); // ...and the bot goes on
    reply(888, "Geneva");
    assertThat(sim.calls("sendMessage"))
        .extracting(p -> p.path("chat_id").asLong())
        .containsExactly(777L, -777L, 777L, 888L);
    sim.unblockBot(777);
    assertThat(bot.bulk().send(Outgoing.html(777, "Alert again"))).isPositive();
  }

  @Test
  void groupAdminsAreItsCreatorAndAdministrators() throws Exception {
    start();
    sim.setAdmins(-555, 1, 2);
    BotApi api = bot.bulk();
    assertThat(api.isChatAdmin(-555, 1)).isTrue(); // creator
    assertThat(api.isChatAdmin(-555, 2)).isTrue(); // administrator
    assertThat(api.isChatAdmin(-555, 3)).isFalse(); // member
    assertThat(api.isChatAdmin(-556, 1)).isFalse(); // another group
    assertThat(api.isChatAdmin(42, 42)).isTrue(); // a private chat's own user
    assertThat(api.isChatAdmin(42, 43)).isFalse();
    assertThat(sim.calls("getChatMember")).hasSize(4); // private chats ask nothing

    sim.failNext("getChatMember", 2, 502, null);
    assertThat(api.isChatAdmin(-555, 2)).isTrue(); // retried like every call
    sim.blockBot(-555);
    assertThatThrownBy(() -> api.isChatAdmin(-555, 1))
        .isInstanceOfSatisfying(BotApiException.class, e -> assertThat(e.code()).isEqualTo(403));
  }
}
