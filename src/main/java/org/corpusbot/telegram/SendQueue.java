package org.corpusbot.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * Which waiting send may go now, under {@link SendLimits}: the sends waiting in order of priority
 * ({@link Priority#ANSWER} before {@link Priority#BULK}), then of arrival; {@link #grant} lets
 * through, in that order, every send whose chat (and group) has room while the overall pace does. A
 * send whose chat is at its limit does not hold up the sends behind it to other chats, so one
 * chat's backlog never stalls the rest.
 *
 * <p>Every limit is kept with {@link #JITTER} to spare: Telegram counts our messages when they
 * reach it, and two sends granted a second apart can reach it less than a second apart.
 *
 * <p>NOTE: not thread-safe; {@link SendPacer} calls it under its lock. Each call costs O(waiting
 * sends), a few microseconds for hundreds waiting.
 */
final class SendQueue {
  /** Slack added to every window, against the spread of network delays between sends. */
  static final Duration JITTER = Duration.ofMillis(100);

  private static final long OVERALL = 0;

  /** Who a send is for: what the user asked (first), or alerts and digests. */
  enum Priority {
    ANSWER,
    BULK
  }

  /** A send waiting for its slot. Its state is read under the owner's lock. */
  static final class Ticket {
    final long chatId;
    final Priority priority;
    final long seq;
    final long enqueued;
    final long maxChatWait;
    private boolean granted;
    private long deferNanos;

    private Ticket(long chatId, Priority priority, long seq, long enqueued, long maxChatWait) {
      this.chatId = chatId;
      this.priority = priority;
      this.seq = seq;
      this.enqueued = enqueued;
      this.maxChatWait = maxChatWait;
    }

    boolean granted() {
      return granted;
    }

    /** Nanoseconds until its chat has room, when it gave up waiting for it (else 0). */
    long deferNanos() {
      return deferNanos;
    }

    boolean done() {
      return granted || deferNanos > 0;
    }
  }

  private final LongSupplier clock;
  private final RateLimiter overall;
  private final RateLimiter chats;
  private final WindowLimit groups;
  private final TreeSet<Ticket> waiting =
      new TreeSet<>(
          Comparator.<Ticket, Priority>comparing(t -> t.priority).thenComparingLong(t -> t.seq));
  private long nextSeq;

  SendQueue(SendLimits limits, LongSupplier nanoClock) {
    this.clock = nanoClock;
    // Overall: one at a time, evenly spaced, so that any (1 s + JITTER) holds at most perSecond;
    // even spacing also means a waiting answer is never more than one slot (~37 ms) from its turn.
    this.overall =
        new RateLimiter(1, atLeast(JITTER.plusSeconds(1), limits.perSecond()), nanoClock);
    this.chats =
        new RateLimiter(
            limits.chatBurst(),
            atLeast(Duration.ofSeconds(1), limits.chatPerSecond()).plus(JITTER),
            nanoClock);
    this.groups = new WindowLimit(limits.groupPerMinute(), JITTER.plusMinutes(1), nanoClock);
  }

  /** {@code window / n}, rounded up, so that n of them never fit in less than the window. */
  private static Duration atLeast(Duration window, int n) {
    return Duration.ofNanos((window.toNanos() + n - 1) / n);
  }

  /** Adds a send to the waiting ones; {@link #grant} decides when it goes. */
  Ticket enqueue(long chatId, Priority priority) {
    return enqueue(chatId, priority, Long.MAX_VALUE);
  }

  /**
   * Adds a send that waits for its chat's own limits at most {@code maxChatWait} nanoseconds: when
   * its chat is further than that from room, {@link #grant} gives it up (its {@link
   * Ticket#deferNanos} set) instead of granting it. The overall pace it waits for like any send.
   */
  Ticket enqueue(long chatId, Priority priority, long maxChatWait) {
    Ticket t = new Ticket(chatId, priority, nextSeq++, clock.getAsLong(), maxChatWait);
    waiting.add(t);
    return t;
  }

  /** Forgets a send that no longer waits (its caller was interrupted or the bot is stopping). */
  void cancel(Ticket t) {
    waiting.remove(t);
  }

  int waiting() {
    return waiting.size();
  }

  /**
   * Grants, in order, every waiting send that may go now, then gives up every bounded send whose
   * chat is now further from room than its bound (after this call's grants, so that an answer
   * granted here and taking the chat's last slot is seen); returns both.
   */
  List<Ticket> grant() {
    List<Ticket> out = grantDue();
    for (Iterator<Ticket> it = waiting.iterator(); it.hasNext(); ) {
      Ticket t = it.next();
      long wait = t.maxChatWait == Long.MAX_VALUE ? 0 : chatWait(t.chatId);
      if (wait > t.maxChatWait) {
        t.deferNanos = wait;
        it.remove();
        out.add(t);
      }
    }
    return out;
  }

  private List<Ticket> grantDue() {
    List<Ticket> out = new ArrayList<>();
    for (Iterator<Ticket> it = waiting.iterator(); it.hasNext(); ) {
      if (!overall.untilToken(OVERALL).isZero()) {
        break;
      }
      Ticket t = it.next();
      if (chatWait(t.chatId) == 0) {
        overall.acquire(OVERALL);
        chats.acquire(t.chatId);
        if (t.chatId < 0) {
          groups.take(t.chatId);
        }
        t.granted = true;
        it.remove();
        out.add(t);
      }
    }
    return out;
  }

  /** Nanoseconds until {@code chatId}'s own limits (chat, group) let one more message through. */
  long chatNanos(long chatId) {
    return chatWait(chatId);
  }

  /** Nanoseconds until {@link #grant} may grant something; {@link Long#MAX_VALUE}: none waits. */
  long nanosToNext() {
    if (waiting.isEmpty()) {
      return Long.MAX_VALUE;
    }
    long overallWait = overall.untilToken(OVERALL).toNanos();
    long soonest = Long.MAX_VALUE;
    for (Ticket t : waiting) {
      soonest = Math.min(soonest, Math.max(overallWait, chatWait(t.chatId)));
      if (soonest == overallWait) {
        break; // nothing can come sooner than the overall pace
      }
    }
    return soonest;
  }

  private long chatWait(long chatId) {
    long wait = chats.untilToken(chatId).toNanos();
    return chatId < 0 ? Math.max(wait, groups.waitNanos(chatId)) : wait;
  }
}
