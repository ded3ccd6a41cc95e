package org.corpusbot.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpusbot.telegram.sim.BotApiSimulator;

/**
 * Simulated users asking the bot through the local Bot API server: each user arrives at a random
 * moment within the first {@code thinkMs}, sends a question, waits for the answer, reads it for a
 * while (exponentially distributed, mean {@code thinkMs}) and asks the next. Latency is measured
 * from the update's arrival at the Bot API server to the reply's arrival there, so it includes
 * polling, queueing, composing and sending.
 */
public final class BotBenchmark {
  private final BotApiSimulator sim;
  private final List<String> questions;

  public BotBenchmark(BotApiSimulator sim, List<String> questions) {
    this.sim = sim;
    this.questions = List.copyOf(questions);
  }

  /**
   * The outcome: latencies in ms, wall time, and the chats that got other than one reply a
   * question, each with what went wrong ({@link ReplyCheck}).
   */
  public record Result(
      List<Double> latenciesMs, double seconds, int asked, List<String> wrongChats, int timeouts) {
    public int wrongCounts() {
      return wrongChats.size();
    }
  }

  /** Runs {@code users} users with ids from {@code firstUser} on. */
  public Result run(long firstUser, int users, int perUser, long thinkMs)
      throws InterruptedException {
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    Map<Long, List<Long>> arrivals = new ConcurrentHashMap<>();
    AtomicInteger timeouts = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int u = 0; u < users; u++) {
      long userId = firstUser + u;
      int offset = u;
      List<Long> mine = Collections.synchronizedList(new ArrayList<>());
      arrivals.put(userId, mine);
      Thread t =
          new Thread(
              () -> user(userId, offset, perUser, thinkMs, latencies, mine, timeouts),
              "sim-user-" + u);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Thread.sleep(1000); // let any duplicate reply arrive before counting
    List<BotApiSimulator.Sent> sent = sim.sent();
    List<String> wrong = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      long chat = firstUser + u;
      List<BotApiSimulator.Sent> replies = sent.stream().filter(m -> m.chatId() == chat).toList();
      ReplyCheck.problems(chat, arrivals.get(chat), replies).ifPresent(wrong::add);
    }
    return new Result(List.copyOf(latencies), seconds, users * perUser, wrong, timeouts.get());
  }

  private void user(
      long userId,
      int offset,
      int perUser,
      long thinkMs,
      List<Double> latencies,
      List<Long> arrivals,
      AtomicInteger timeouts) {
    try {
      // Users arrive over the first think interval, as people do, not all in the same millisecond.
      Thread.sleep(thinkMs > 0 ? ThreadLocalRandom.current().nextLong(thinkMs) : 0);
      for (int i = 0; i < perUser; i++) {
        String q = questions.get((offset * 7 + i) % questions.size());
        int update = sim.privateText(userId, q);
        long arrival = sim.arrival(update);
        arrivals.add(arrival);
        var reply =
            sim.await(m -> m.chatId() == userId && m.nanos() > arrival, Duration.ofSeconds(60));
        if (reply.isEmpty()) {
          timeouts.incrementAndGet();
          continue;
        }
        latencies.add((reply.get().nanos() - arrival) / 1e6);
        if (thinkMs > 0) {
          double think = -Math.log(1 - ThreadLocalRandom.current().nextDouble()) * thinkMs;
          Thread.sleep((long) Math.min(think, thinkMs * 10));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
