package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongUnaryOperator;
import org.corpusbot.follows.Alert;
import org.corpusbot.follows.Deliveries;
import org.corpusbot.follows.Follow;
import org.corpusbot.telegram.SendQueue.Priority;
import org.junit.jupiter.api.Test;

/** Alert delivery over the real pacer: groups waiting for their limit hold no private alert. */
class AlertPostTest {
  private static final Follow TOPIC =
      new Follow(7, 1, Follow.Kind.TOPIC, "dock strike", List.of(), 0, Instant.EPOCH, null, null);

  @Test
  void groupsAtTheirLimitDoNotHoldAPrivateChatsAlert() throws Exception {
    // One message a minute per group: each group's second alert must wait a minute.
    SendPacer pacer = new SendPacer(new SendLimits(30, 1, 3, 1), System::nanoTime);
    Recording telegram = new Recording();
    Handed deliveries = new Handed();
    for (long group = -1; group >= -5; group--) {
      deliveries.add(delivery(group, 1));
      deliveries.add(delivery(group, 2));
    }
    try (pacer;
        AlertPost post =
            new AlertPost(
                deliveries,
                new AlertView(new CallbackData(new byte[32])),
                new PacedBotApi(telegram, pacer, Priority.BULK),
                pacer::chatNanos)) {
      post.start();
      await(() -> telegram.chats.size() >= 5); // each group's first alert
      Thread.sleep(300); // the groups' second alerts are handed out now
      deliveries.add(delivery(42, 3));
      await(() -> telegram.chats.contains(42L));
      assertThat(telegram.chats)
          .as("the private alert went out while five groups wait a minute for their next")
          .contains(42L);
      assertThat(telegram.chats.stream().filter(c -> c < 0)).hasSize(5); // one each, so far
    }
  }

  @Test
  void aGroupWhoseSlotAnAnswerTakesBetweenCheckAndSendHoldsNoSender() throws Exception {
    // One message a minute per group. Each group has room when the post checks; an answer in the
    // group takes that room right after the check, before the alert's sender asks for its slot.
    SendPacer pacer = new SendPacer(new SendLimits(30, 1, 3, 1), System::nanoTime);
    Recording telegram = new Recording();
    Handed deliveries = new Handed();
    for (long group = -1; group >= -4; group--) { // as many groups as senders
      deliveries.add(delivery(group, -group));
    }
    LongUnaryOperator answerTakesTheSlotAfterTheCheck =
        chat -> {
          long wait = pacer.chatNanos(chat);
          if (chat < 0) {
            pacer.acquire(chat, Priority.ANSWER);
          }
          return wait;
        };
    try (pacer;
        AlertPost post =
            new AlertPost(
                deliveries,
                new AlertView(new CallbackData(new byte[32])),
                new PacedBotApi(telegram, pacer, Priority.BULK),
                answerTakesTheSlotAfterTheCheck)) {
      post.start();
      await(() -> deliveries.handedOut() == 4);
      deliveries.add(delivery(42, 9));
      await(() -> telegram.chats.contains(42L));
      assertThat(telegram.chats)
          .as("the private alert went out while four groups wait a minute for their next slot")
          .containsExactly(42L);
      assertThat(pacer.waiting()).as("no alert sender waits inside the pacer").isZero();
    }
  }

  private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!done.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private static Deliveries.Delivery delivery(long chat, long seq) {
    Alert a =
        new Alert(
            seq,
            TOPIC.id(),
            chat,
            "a" + seq,
            "a" + seq,
            seq,
            "Dock strike " + seq,
            LocalDate.of(2026, 3, 2),
            "Wire",
            null,
            List.of(new Alert.Sentence("The dock workers struck.", 0, 24)),
            1,
            Instant.EPOCH);
    return new Deliveries.Delivery(
        chat, Deliveries.Kind.ALERT, List.of(a), Map.of(TOPIC.id(), TOPIC));
  }

  /** Hands out one delivery per chat at a time, as the outbox does, in the order added. */
  private static final class Handed implements Deliveries {
    private final List<Delivery> waiting = new ArrayList<>();
    private final java.util.Set<Long> out = new java.util.HashSet<>();

    /** Deliveries handed out and not yet reported back. */
    synchronized int handedOut() {
      return out.size();
    }

    synchronized void add(Delivery d) {
      waiting.add(d);
      notifyAll();
    }

    @Override
    public synchronized List<Delivery> due(Duration wait) throws InterruptedException {
      List<Delivery> now = free();
      if (now.isEmpty()) {
        wait(wait.toMillis());
        now = free();
      }
      now.forEach(d -> out.add(d.chatId()));
      waiting.removeAll(now);
      return now;
    }

    private List<Delivery> free() {
      List<Delivery> now = new ArrayList<>();
      java.util.Set<Long> chats = new java.util.HashSet<>(out);
      for (Delivery d : waiting) {
        if (chats.add(d.chatId())) {
          now.add(d);
        }
      }
      return now;
    }

    @Override
    public synchronized void sent(Delivery d) {
      out.remove(d.chatId());
      notifyAll();
    }

    @Override
    public synchronized void failed(Delivery d, boolean blocked) {
      out.remove(d.chatId());
    }

    @Override
    public synchronized void refused(Delivery d) {
      out.remove(d.chatId());
    }
  }

  /** Telegram as far as sending goes: records which chats got a message. */
  private static final class Recording extends TelegramRoutersTest.FailingApi {
    final List<Long> chats = new CopyOnWriteArrayList<>();

    @Override
    public int send(Outgoing message) {
      chats.add(message.chatId());
      return chats.size();
    }
  }
}
