package org.corpusbot.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpusbot.telegram.BotApi;
import org.corpusbot.telegram.Outgoing;
import org.corpusbot.telegram.sim.BotApiSimulator;
import org.corpusbot.telegram.sim.BotApiSimulator.Delivery;

/**
 * Alerts sent through the bot's bulk view while users ask questions, over the local Bot API server:
 * how long the alerts take to reach Telegram, the most messages in any second, and the users'
 * answer latency (from a question's arrival at the Bot API server to the first message or edit in
 * reply there) while idle and during the alerts.
 */
public final class DeliveryBenchmark {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  private final BotApiSimulator sim;
  private final BotApi bulk;
  private final List<String> questions;

  public DeliveryBenchmark(BotApiSimulator sim, BotApi bulk, List<String> questions) {
    this.sim = sim;
    this.bulk = bulk;
    this.questions = List.copyOf(questions);
  }

  /**
   * @param deliverySeconds from the first alert handed to the bulk view to the last one's arrival
   * @param maxInSecond the most messages and edits (alerts and answers) in any one second
   */
  public record Result(
      int alerts,
      int delivered,
      int failed,
      double deliverySeconds,
      int maxInSecond,
      List<Double> idleMs,
      List<Double> burstMs) {}

  /** Users ask {@code idleQuestions} each with no alerts, then again while the alerts go out. */
  public Result run(
      int alerts, int senders, int users, int idleQuestions, long thinkMs, long firstChat)
      throws InterruptedException {
    List<Double> idle = Collections.synchronizedList(new ArrayList<>());
    asking(users, firstChat, thinkMs, idle, new AtomicInteger(idleQuestions * users), null);

    List<Double> burst = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean sending = new AtomicBoolean(true);
    AtomicInteger failed = new AtomicInteger();
    long alertChat = firstChat + users;
    ExecutorService pool = Executors.newFixedThreadPool(senders, named("bench-alert-sender-"));
    long t0 = System.nanoTime();
    List<Future<?>> sent = new ArrayList<>();
    try {
      for (int i = 0; i < alerts; i++) {
        long chat = alertChat + i;
        sent.add(pool.submit(() -> alert(chat, failed)));
      }
      Thread waiter =
          new Thread(() -> awaitAll(sent, sending), "bench-alerts-done"); // ends the users' loop
      waiter.start();
      asking(users, firstChat, thinkMs, burst, new AtomicInteger(Integer.MAX_VALUE), sending);
      waiter.join();
    } finally {
      pool.shutdownNow();
    }
    List<Delivery> all = sim.deliveries();
    List<Long> alertTimes =
        all.stream()
            .filter(d -> d.chatId() >= alertChat && d.chatId() < alertChat + alerts)
            .map(Delivery::nanos)
            .toList();
    long last = alertTimes.stream().mapToLong(Long::longValue).max().orElse(t0);
    return new Result(
        alerts,
        alertTimes.size(),
        failed.get(),
        (last - t0) / 1e9,
        maxInWindow(all.stream().map(Delivery::nanos).toList(), SECOND),
        List.copyOf(idle),
        List.copyOf(burst));
  }

  private void alert(long chat, AtomicInteger failed) {
    try {
      bulk.send(Outgoing.html(chat, "Alert for chat " + chat));
    } catch (RuntimeException e) {
      failed.incrementAndGet();
    }
  }

  private static void awaitAll(List<Future<?>> futures, AtomicBoolean running) {
    try {
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (Exception e) {
      Thread.currentThread().interrupt();
    } finally {
      running.set(false);
    }
  }

  /**
   * Each user asks, waits for the answer, thinks, until {@code left} runs out or not {@code while}.
   */
  private void asking(
      int users,
      long firstChat,
      long thinkMs,
      List<Double> latencies,
      AtomicInteger left,
      AtomicBoolean whileTrue)
      throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      long chat = firstChat + u;
      int offset = u;
      Thread t =
          new Thread(
              () -> {
                for (int i = 0;
                    left.getAndDecrement() > 0 && (whileTrue == null || whileTrue.get());
                    i++) {
                  if (!ask(chat, questions.get((offset * 3 + i) % questions.size()), latencies)
                      || !think(thinkMs)) {
                    return;
                  }
                }
              },
              "bench-user-" + u);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  private boolean ask(long chat, String question, List<Double> latencies) {
    int update = sim.privateText(chat, question);
    long arrival = sim.arrival(update);
    try {
      if (sim.await(m -> m.chatId() == chat && m.nanos() > arrival, Duration.ofSeconds(60))
          .isEmpty()) {
        return true; // not answered: it counts in no latency
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    sim.deliveries().stream()
        .filter(d -> d.chatId() == chat && d.nanos() > arrival)
        .mapToLong(Delivery::nanos)
        .min()
        .ifPresent(first -> latencies.add((first - arrival) / 1e6));
    return true;
  }

  private static boolean think(long ms) {
    try {
      Thread.sleep(ms);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The most of {@code times} in any half-open window of {@code window} nanoseconds. */
  public static int maxInWindow(List<Long> times, long window) {
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

  private static java.util.concurrent.ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> new Thread(r, prefix + n.incrementAndGet());
  }
}
