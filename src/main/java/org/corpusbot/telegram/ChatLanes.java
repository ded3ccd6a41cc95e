package org.corpusbot.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a bounded pool of named worker threads, one lane per chat: tasks of one chat run in
 * order, one at a time; different chats run in parallel, and a lane gives its worker back after
 * each task so that one busy chat cannot starve the others.
 *
 * <p>At most {@code queueLimit} tasks wait at once; {@link #submit} blocks beyond that, which
 * pauses polling until workers catch up (Telegram keeps the updates meanwhile). {@link #shutdown}
 * lets the tasks in progress finish and starts no others. Thread-safe.
 */
final class ChatLanes implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

  private final ExecutorService workers;
  private final Semaphore capacity;
  private final ConcurrentHashMap<Long, Lane> lanes = new ConcurrentHashMap<>();
  private volatile boolean closing;

  ChatLanes(int threads, int queueLimit) {
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            threads, r -> new Thread(r, "chat-worker-" + n.incrementAndGet()));
    this.capacity = new Semaphore(queueLimit);
  }

  /**
   * Queues a task for its chat, waiting while the queue is full. Returns false, without queuing it,
   * once the lanes are shutting down.
   */
  boolean submit(long chat, Runnable task) throws InterruptedException {
    while (!capacity.tryAcquire(100, TimeUnit.MILLISECONDS)) {
      if (closing) {
        return false;
      }
    }
    if (closing) {
      capacity.release();
      return false;
    }
    while (true) {
      Lane lane = lanes.computeIfAbsent(chat, c -> new Lane());
      boolean start;
      synchronized (lane) {
        if (lane.retired) {
          continue; // it emptied and left the map meanwhile; take the chat's new lane
        }
        lane.tasks.add(task);
        start = !lane.running;
        lane.running = true;
      }
      if (start) {
        execute(chat, lane);
      }
      return true;
    }
  }

  private void execute(long chat, Lane lane) {
    try {
      workers.execute(() -> runOne(chat, lane));
    } catch (RejectedExecutionException e) {
      // Shutting down: the lane's tasks are not run (their updates stay pending in the journal).
    }
  }

  private void runOne(long chat, Lane lane) {
    Runnable task;
    synchronized (lane) {
      task = closing ? null : lane.tasks.poll();
    }
    if (task != null) {
      try {
        task.run();
      } catch (RuntimeException e) {
        log.error("A task of chat {} failed", chat, e);
      } finally {
        capacity.release();
      }
    }
    synchronized (lane) {
      if (lane.tasks.isEmpty() || closing) {
        lane.running = false;
        lane.retired = true;
        lanes.remove(chat, lane);
        return;
      }
    }
    execute(chat, lane); // to the back of the line: fairness between chats
  }

  /**
   * Starts no more tasks and lets those in progress finish for up to {@code grace}, then interrupts
   * them. Returns whether they all finished in time.
   */
  boolean shutdown(Duration grace) throws InterruptedException {
    closing = true;
    workers.shutdown();
    if (workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      return true;
    }
    workers.shutdownNow();
    workers.awaitTermination(5, TimeUnit.SECONDS);
    return false;
  }

  @Override
  public void close() {
    closing = true;
    workers.shutdownNow();
  }

  private static final class Lane {
    final Deque<Runnable> tasks = new ArrayDeque<>();
    boolean running;
    boolean retired;
  }
}
