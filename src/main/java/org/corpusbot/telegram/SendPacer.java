package org.corpusbot.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.corpusbot.telegram.SendQueue.Priority;
import org.corpusbot.telegram.SendQueue.Ticket;

/**
 * The bot's one outgoing queue: every send and edit {@link #acquire}s a slot here first, so that
 * together they keep to Telegram's {@link SendLimits}, and a waiting answer gets the next slot
 * before any waiting alert or digest ({@link SendQueue} decides who goes). A caller blocks until
 * its slot, then makes the HTTP call itself, so several sends can be in flight at once.
 *
 * <p>One thread, {@code telegram-send-pacer}, grants the slots that come free while sends wait; a
 * send that finds room goes at once, on its caller's thread. Each waiting caller sleeps on its own
 * condition, woken only when granted (no stampede of hundreds of waiting alerts every 37 ms).
 *
 * <p>Why not resilience4j's {@code RateLimiter}: it reserves permits in the order callers ask, so
 * an answer asked after 500 queued alerts would wait behind all of them; it has no priorities, and
 * holding an overall permit while a chat's permit is not due would waste it. The priority queue
 * here is the small part a library does not give.
 *
 * <p>Thread-safe. {@link #close} wakes every waiting caller with a {@link BotApiException} (code 0:
 * not sent, the bot is stopping).
 */
final class SendPacer implements AutoCloseable {
  /** Shortest sleep of the pacer thread, so that a rounding in the buckets cannot make it spin. */
  private static final long MIN_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final SendQueue queue;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<Ticket, Condition> sleepers = new HashMap<>(); // guarded by lock
  private final Thread thread;
  private boolean closed; // guarded by lock

  SendPacer(SendLimits limits, LongSupplier nanoClock) {
    this.queue = new SendQueue(limits, nanoClock);
    this.thread = new Thread(this::run, "telegram-send-pacer");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Blocks until a message to {@code chatId} may be sent. Interrupted or closed, it throws {@link
   * BotApiException} with code 0 (the thread's interrupt flag set again), as a send that could not
   * reach Telegram does.
   */
  void acquire(long chatId, Priority priority) {
    lock.lock();
    try {
      if (closed) {
        throw stopping();
      }
      Ticket t = queue.enqueue(chatId, priority);
      grantDue();
      if (!t.done()) {
        await(t);
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Takes a slot for a message to {@code chatId} as {@link #acquire} does, if the chat's own limits
   * let it go within {@code maxChatWaitNanos}; the overall pace it waits for like any send. Else it
   * takes nothing and returns the nanoseconds until the chat has room; also when, while it waits
   * for the overall pace, another send (an answer) takes the chat's room. Checking and taking are
   * one step under the pacer's lock, so a caller never finds room and then blocks for it.
   *
   * @return 0 once the slot is taken
   */
  long tryAcquire(long chatId, Priority priority, long maxChatWaitNanos) {
    lock.lock();
    try {
      if (closed) {
        throw stopping();
      }
      Ticket t = queue.enqueue(chatId, priority, maxChatWaitNanos);
      grantDue();
      if (!t.done()) {
        await(t);
      }
      return t.granted() ? 0 : t.deferNanos();
    } finally {
      lock.unlock();
    }
  }

  private void await(Ticket t) {
    Condition mine = lock.newCondition();
    sleepers.put(t, mine);
    changed.signal(); // the pacer thread's next wake-up may now be sooner
    try {
      while (!t.done()) {
        if (closed) {
          throw stopping();
        }
        mine.await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BotApiException("not sent: interrupted while waiting for a send slot", 0);
    } finally {
      sleepers.remove(t);
      if (!t.done()) {
        queue.cancel(t);
      }
    }
  }

  /**
   * Nanoseconds until a message to {@code chatId} is within the chat's own limits (1 a second after
   * a burst, 20 a minute in a group); 0: now, the overall pace aside.
   */
  long chatNanos(long chatId) {
    lock.lock();
    try {
      return queue.chatNanos(chatId);
    } finally {
      lock.unlock();
    }
  }

  /** Sends waiting for a slot now. */
  int waiting() {
    lock.lock();
    try {
      return queue.waiting();
    } finally {
      lock.unlock();
    }
  }

  private void grantDue() {
    for (Ticket g : queue.grant()) {
      Condition c = sleepers.get(g);
      if (c != null) {
        c.signal();
      }
    }
  }

  private void run() {
    lock.lock();
    try {
      while (!closed) {
        grantDue();
        long wait = queue.nanosToNext();
        if (wait == Long.MAX_VALUE) {
          changed.await();
        } else {
          changed.awaitNanos(Math.max(wait, MIN_WAIT_NANOS));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // only close() interrupts it
    } finally {
      lock.unlock();
    }
  }

  private static BotApiException stopping() {
    return new BotApiException("not sent: the bot is stopping", 0);
  }

  /** Wakes every waiting caller (they throw) and stops the pacer thread. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
      sleepers.values().forEach(Condition::signal);
    } finally {
      lock.unlock();
    }
    try {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
