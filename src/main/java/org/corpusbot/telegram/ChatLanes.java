package org.corpusbot.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * pauses polling until workers catch up (Telegram keeps the updates meanwhile). Thread-safe.
 */
final class ChatLanes implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

  private final ExecutorService workers;
  private final Semaphore capacity;
  private final ConcurrentHashMap<Long, Lane> lanes = new ConcurrentHashMap<>();

  ChatLanes(int threads, int queueLimit) {
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            threads, r -> new Thread(r, "chat-worker-" + n.incrementAndGet()));
    this.capacity = new Semaphore(queueLimit);
  }

  void submit(long chat, Runnable task) throws InterruptedException {
    capacity.acquire();
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
        workers.execute(() -> runOne(chat, lane));
      }
      return;
    }
  }

  private void runOne(long chat, Lane lane) {
    Runnable task;
    synchronized (lane) {
      task = lane.tasks.poll();
    }
    try {
      task.run();
    } catch (RuntimeException e) {
      log.error("A task of chat {} failed", chat, e);
    } finally {
      capacity.release();
    }
    synchronized (lane) {
      if (lane.tasks.isEmpty()) {
        lane.running = false;
        lane.retired = true;
        lanes.remove(chat, lane);
        return;
      }
    }
    workers.execute(() -> runOne(chat, lane)); // to the back of the line: fairness between chats
  }

  /** Lets running and queued tasks finish for up to {@code seconds}, then stops the workers. */
  void shutdown(int seconds) throws InterruptedException {
    workers.shutdown();
    if (!workers.awaitTermination(seconds, TimeUnit.SECONDS)) {
      workers.shutdownNow();
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  private static final class Lane {
    final Deque<Runnable> tasks = new ArrayDeque<>();
    boolean running;
    boolean retired;
  }
}
