package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.corpusbot.telegram.SendQueue.Priority;
import org.corpusbot.telegram.SendQueue.Ticket;
import org.junit.jupiter.api.Test;

/**
 * The outgoing queue's decisions on a fake clock: Telegram's limits (overall, per chat with a
 * burst, per group a minute), answers before bulk, and no chat holding up the others. The clock
 * jumps to each moment {@link SendQueue#nanosToNext} names, so these also check that it never names
 * a moment too early (the loop would not end) or too late (fewer sends than the limits allow).
 */
class SendQueueTest {
  static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

  final AtomicLong now = new AtomicLong(1_000 * SECOND);
  final SendQueue queue = new SendQueue(SendLimits.TELEGRAM, now::get);

  record Grant(Ticket ticket, long at) {}

  /** Grants what may go, jumping the clock from one possible grant to the next, until {@code t}. */
  List<Grant> runUntil(long t) {
    List<Grant> out = new ArrayList<>();
    for (int steps = 0; steps < 1_000_000; steps++) {
      for (Ticket g : queue.grant()) {
        out.add(new Grant(g, now.get()));
      }
      long wait = queue.nanosToNext();
      if (wait == Long.MAX_VALUE || now.get() + wait > t) {
        now.set(Math.max(now.get(), t));
        return out;
      }
      assertThat(wait).as("a wait when something may go now").isPositive();
      now.addAndGet(wait);
    }
    throw new AssertionError("nanosToNext never lets time reach the end");
  }

  static int maxInWindow(List<Long> times, long window) {
    int max = 0;
    for (int i = 0, j = 0; j < times.size(); j++) {
      while (times.get(j) - times.get(i) >= window) {
        i++;
      }
      max = Math.max(max, j - i + 1);
    }
    return max;
  }

  static List<Long> times(List<Grant> grants, long chat) {
    return grants.stream().filter(g -> g.ticket().chatId == chat).map(Grant::at).toList();
  }

  @Test
  void overallPaceKeepsThirtyInAnySecondWithRoomForJitterAndLosesNoSlot() {
    for (long chat = 1; chat <= 300; chat++) {
      queue.enqueue(chat, Priority.BULK);
    }
    long t0 = now.get();
    List<Grant> grants = runUntil(t0 + 10 * SECOND);
    List<Long> at = grants.stream().map(Grant::at).toList();
    assertThat(maxInWindow(at, SECOND + SendQueue.JITTER.toNanos())).isEqualTo(30);
    // evenly spaced: 1.1 s / 30 apart, so 10 s hold 273 + the first
    for (int i = 1; i < at.size(); i++) {
      assertThat(at.get(i) - at.get(i - 1)).isBetween(36 * MS, 37 * MS);
    }
    assertThat(grants).hasSize(273);
    assertThat(grants.get(0).at()).isEqualTo(t0);
  }

  @Test
  void aChatGetsABurstOfThreeThenOneASecond() {
    for (int i = 0; i < 10; i++) {
      queue.enqueue(7, Priority.ANSWER);
    }
    long t0 = now.get();
    List<Grant> first = runUntil(t0 + SECOND);
    assertThat(first).hasSize(3);
    assertThat(first.get(2).at() - t0).isLessThan(100 * MS); // the burst goes at once
    List<Grant> all = new ArrayList<>(first);
    all.addAll(runUntil(t0 + 20 * SECOND));
    assertThat(all).hasSize(10);
    List<Long> at = times(all, 7);
    assertThat(maxInWindow(at, SECOND + SendQueue.JITTER.toNanos())).isEqualTo(3);
    // then one every 1.1 s: the 10th about 7 × 1.1 s after the burst
    assertThat(at.get(9) - t0).isBetween(7 * 1100 * MS - 200 * MS, 7 * 1100 * MS + 200 * MS);
  }

  @Test
  void aGroupGetsTwentyAMinute() {
    for (int i = 0; i < 45; i++) {
      queue.enqueue(-100, Priority.BULK);
    }
    long t0 = now.get();
    List<Grant> grants = runUntil(t0 + 150 * SECOND);
    List<Long> at = times(grants, -100);
    assertThat(maxInWindow(at, 60 * SECOND + SendQueue.JITTER.toNanos())).isEqualTo(20);
    assertThat(at.stream().filter(t -> t - t0 < 60 * SECOND)).hasSize(20);
    assertThat(at.get(20) - t0).isGreaterThanOrEqualTo(60 * SECOND + SendQueue.JITTER.toNanos());
    assertThat(at).hasSize(45); // 20 + 20 + 5 within 2 min 0.2 s
  }

  @Test
  void privateChatsHaveNoMinuteLimit() {
    for (int i = 0; i < 45; i++) {
      queue.enqueue(100, Priority.BULK);
    }
    assertThat(runUntil(now.get() + 60 * SECOND)).hasSizeGreaterThan(20);
  }

  @Test
  void aWaitingAnswerGetsTheNextSlotBeforeEveryWaitingBulk() {
    for (long chat = 1; chat <= 100; chat++) {
      queue.enqueue(chat, Priority.BULK);
    }
    long t0 = now.get();
    assertThat(runUntil(t0 + 500 * MS)).hasSize(14);
    Ticket answer = queue.enqueue(5000, Priority.ANSWER);
    Ticket answer2 = queue.enqueue(5001, Priority.ANSWER);
    List<Grant> next = runUntil(now.get() + SECOND);
    assertThat(next.get(0).ticket()).isSameAs(answer);
    assertThat(next.get(1).ticket()).isSameAs(answer2);
    assertThat(next.get(0).at() - t0).isLessThan(550 * MS); // within one slot (~37 ms)
    // bulk keeps its order of arrival
    List<Long> bulkChats =
        next.stream()
            .map(Grant::ticket)
            .filter(t -> t.priority == Priority.BULK)
            .map(t -> t.chatId)
            .toList();
    assertThat(bulkChats).isSorted().first().isEqualTo(15L);
  }

  @Test
  void aChatAtItsLimitDoesNotHoldUpTheOthers() {
    for (int i = 0; i < 10; i++) {
      queue.enqueue(1, Priority.ANSWER); // one busy chat, first in line and first in priority
    }
    Ticket other = queue.enqueue(2, Priority.BULK);
    long t0 = now.get();
    List<Grant> grants = runUntil(t0 + SECOND);
    // chat 1's burst of 3, then chat 2 in the next slot, not after chat 1's backlog (10 s)
    assertThat(grants).hasSize(4);
    assertThat(grants.get(3).ticket()).isSameAs(other);
    assertThat(grants.get(3).at() - t0).isLessThan(200 * MS);
  }

  @Test
  void anAnswerWaitingForItsChatGoesBeforeLaterBulkToThatChat() {
    for (int i = 0; i < 3; i++) {
      queue.enqueue(9, Priority.BULK);
    }
    runUntil(now.get() + 200 * MS); // chat 9's burst is spent
    Ticket bulk = queue.enqueue(9, Priority.BULK);
    Ticket answer = queue.enqueue(9, Priority.ANSWER);
    List<Grant> grants = runUntil(now.get() + 3 * SECOND);
    assertThat(grants).extracting(Grant::ticket).containsExactly(answer, bulk);
  }

  @Test
  void aBoundedSendGivesUpWhenAnAnswerTakesItsGroupsRoomWhileItWaitsForThePace() {
    SendQueue oneAMinute = new SendQueue(new SendLimits(30, 1, 3, 1), now::get);
    oneAMinute.enqueue(1, Priority.BULK);
    assertThat(oneAMinute.grant()).hasSize(1); // the overall pace is spent for ~37 ms
    Ticket alert = oneAMinute.enqueue(-7, Priority.BULK, 300 * MS);
    assertThat(oneAMinute.grant()).as("the group has room: the alert waits for the pace").isEmpty();
    Ticket answer = oneAMinute.enqueue(-7, Priority.ANSWER);
    now.addAndGet(oneAMinute.nanosToNext());
    assertThat(oneAMinute.grant()).containsExactly(answer, alert);
    assertThat(answer.granted()).isTrue();
    assertThat(alert.granted()).isFalse();
    assertThat(alert.deferNanos()).isGreaterThan(59 * SECOND); // the group's next room
    assertThat(oneAMinute.waiting()).isZero();
  }

  @Test
  void aBoundedSendToAChatWithRoomIsGrantedAndAFarOneGivesUpAtOnce() {
    SendQueue oneAMinute = new SendQueue(new SendLimits(30, 1, 3, 1), now::get);
    Ticket first = oneAMinute.enqueue(-7, Priority.BULK, 300 * MS);
    assertThat(oneAMinute.grant()).containsExactly(first);
    assertThat(first.granted()).isTrue();
    Ticket second = oneAMinute.enqueue(-7, Priority.BULK, 300 * MS);
    assertThat(oneAMinute.grant()).containsExactly(second);
    assertThat(second.granted()).isFalse();
    assertThat(second.deferNanos()).isGreaterThan(59 * SECOND);
  }

  @Test
  void aCancelledSendFreesNoSlotAndIsNotGranted() {
    queue.enqueue(1, Priority.BULK);
    queue.grant();
    Ticket gone = queue.enqueue(2, Priority.BULK);
    queue.cancel(gone);
    assertThat(queue.waiting()).isZero();
    assertThat(queue.nanosToNext()).isEqualTo(Long.MAX_VALUE);
    assertThat(runUntil(now.get() + SECOND)).isEmpty();
    assertThat(gone.granted()).isFalse();
  }

  @Test
  void pacerBlocksACallerUntilItsSlot() {
    // one send a second overall, 1.1 s apart: the second caller waits for the pacer thread
    try (SendPacer pacer = new SendPacer(new SendLimits(1, 1, 3, 20), System::nanoTime)) {
      long t0 = System.nanoTime();
      pacer.acquire(1, Priority.BULK);
      assertThat(System.nanoTime() - t0).isLessThan(SECOND / 2);
      pacer.acquire(2, Priority.BULK);
      assertThat(System.nanoTime() - t0).isBetween(SECOND + 90 * MS, 3 * SECOND);
    }
  }

  @Test
  void closeWakesTheWaitingWithCodeZero() throws Exception {
    try (SendPacer pacer = new SendPacer(new SendLimits(1, 1, 3, 20), System::nanoTime)) {
      pacer.acquire(1, Priority.BULK);
      AtomicReference<Throwable> failed = new AtomicReference<>();
      CountDownLatch done = new CountDownLatch(1);
      Thread waiter =
          new Thread(
              () -> {
                try {
                  pacer.acquire(2, Priority.BULK);
                } catch (Throwable e) {
                  failed.set(e);
                } finally {
                  done.countDown();
                }
              },
              "test-waiter");
      waiter.start();
      long deadline = System.nanoTime() + 5 * SECOND;
      while (pacer.waiting() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(pacer.waiting()).isEqualTo(1);
      pacer.close();
      assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(failed.get())
          .isInstanceOfSatisfying(BotApiException.class, e -> assertThat(e.code()).isZero());
      assertThatThrownBy(() -> pacer.acquire(3, Priority.ANSWER))
          .isInstanceOf(BotApiException.class);
    }
  }

  @Test
  void anInterruptedCallerGivesUpItsPlaceWithCodeZero() throws Exception {
    try (SendPacer pacer = new SendPacer(new SendLimits(1, 1, 1, 20), System::nanoTime)) {
      pacer.acquire(1, Priority.BULK);
      Thread.currentThread().interrupt();
      assertThatThrownBy(() -> pacer.acquire(2, Priority.ANSWER))
          .isInstanceOfSatisfying(BotApiException.class, e -> assertThat(e.code()).isZero());
      assertThat(Thread.interrupted()).isTrue();
      assertThat(pacer.waiting()).isZero();
    }
  }
}
