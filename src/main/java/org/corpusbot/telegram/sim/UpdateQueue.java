package org.corpusbot.telegram.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The simulator's update queue, as Telegram's Bot API server keeps one per bot: updates numbered in
 * the order they arrive, handed out by long-polling {@code getUpdates}, and forgotten once a call's
 * {@code offset} passes them. Thread-safe.
 */
final class UpdateQueue {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TreeMap<Integer, ObjectNode> updates = new TreeMap<>();
  private final Map<Integer, Long> arrivals = new HashMap<>();
  private int next = 1000;
  private boolean releasing;

  /** Adds an update of {@code kind} (message, callback_query, …); returns its id. */
  synchronized int push(String kind, ObjectNode payload) {
    // Telegram numbers updates in the order they arrive; so must we, under the same lock.
    int id = next++;
    ObjectNode u = JSON.createObjectNode().put("update_id", id);
    u.set(kind, payload);
    updates.put(id, u);
    arrivals.put(id, System.nanoTime());
    notifyAll();
    return id;
  }

  /** See {@link BotApiSimulator#restartUpdateIdsAt}. */
  synchronized void restartAt(int id) {
    if (!updates.isEmpty()) {
      throw new IllegalStateException("Telegram only renumbers an empty update queue");
    }
    next = id;
  }

  /** When update {@code id} was pushed ({@link System#nanoTime()}), or 0. */
  synchronized long arrival(int id) {
    return arrivals.getOrDefault(id, 0L);
  }

  /** Updates pushed and not yet confirmed by an offset. */
  synchronized int unconfirmed() {
    return updates.size();
  }

  /**
   * {@code getUpdates}: confirms what {@code offset} passes, then waits up to {@code
   * timeoutSeconds} for updates and returns at most {@code limit} (at once while {@link
   * #releaseWaiting} runs).
   */
  synchronized ArrayNode poll(int offset, int limit, int timeoutSeconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (true) {
      SortedMap<Integer, ObjectNode> ready = updates.tailMap(from(offset));
      long left = deadline - System.nanoTime();
      if (!ready.isEmpty() || left <= 0 || releasing) {
        ArrayNode result = JSON.createArrayNode();
        for (ObjectNode u : ready.values()) {
          if (result.size() == limit) {
            break;
          }
          result.add(u);
        }
        return result;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  /**
   * Where a {@code getUpdates} with {@code offset} reads from, as in Telegram's Bot API server (its
   * update queue's {@code get}): an offset at most ten beyond the next id confirms (forgets) every
   * update before it; an offset further on, such as one left from before the ids restarted at a
   * random value, is refused by the queue and the server answers from the queue's head, forgetting
   * nothing. Called with the lock held.
   */
  private int from(int offset) {
    if (offset <= 0 || offset > next + 10) {
      return updates.isEmpty() ? next : updates.firstKey();
    }
    updates.headMap(offset).clear();
    return offset;
  }

  /** Long polls waiting now, and those that start until {@link #endRelease}, answer at once. */
  synchronized void releaseWaiting() {
    releasing = true;
    notifyAll();
  }

  synchronized void endRelease() {
    releasing = false;
  }
}
