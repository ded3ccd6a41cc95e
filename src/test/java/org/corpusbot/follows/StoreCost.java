package org.corpusbot.follows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corpusbot.bench.Percentiles;

/**
 * Prints what the follow book and the outbox cost at 10,000 follows (the README's figures): add
 * latency, journal size, open time, offer latency, the size of 20,000 sent alerts' keys. Run from
 * the project folder after {@code mvn -q test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt}: {@code java -cp target/classes:target/test-classes:$(cat
 * target/cp.txt) org.corpusbot.follows.StoreCost}. Writes under {@code target/}.
 */
public final class StoreCost {
  private StoreCost() {}

  public static void main(String[] args) throws Exception {
    Path d = Files.createTempDirectory(Path.of("target"), "store-cost");
    Random r = new Random(1);
    List<Double> adds = new ArrayList<>();
    try (FollowBook b = new FollowBook(d, Clock.systemUTC())) {
      for (int i = 0; i < 10_000; i++) {
        float[] v = new float[384];
        for (int k = 0; k < v.length; k++) {
          v[k] = r.nextFloat();
        }
        long s = System.nanoTime();
        b.add(i / 50, Follow.Kind.TOPIC, "topic number " + i, List.of(), 0, v, "test");
        adds.add((System.nanoTime() - s) / 1e6);
      }
    }
    System.out.printf(
        "add: median %.2f ms, p95 %.2f ms%n", Percentiles.of(adds, 50), Percentiles.of(adds, 95));
    System.out.printf(
        "follows.journal: %d bytes%n", Files.size(d.resolve("follows/follows.journal")));
    for (int k = 0; k < 5; k++) {
      long s = System.nanoTime();
      try (FollowBook b = new FollowBook(d, Clock.systemUTC())) {
        System.out.printf(
            "open: %.0f ms (%d follows)%n", (System.nanoTime() - s) / 1e6, b.active().size());
      }
    }
    List<Double> offers = new ArrayList<>();
    try (Outbox o = new Outbox(d, Clock.systemUTC())) {
      for (int i = 0; i < 2000; i++) {
        List<Alert> batch = new ArrayList<>();
        for (int j = 0; j < 10; j++) {
          batch.add(alert(i * 10 + j, i));
        }
        long s = System.nanoTime();
        List<Alert> fresh = o.offer(batch);
        offers.add((System.nanoTime() - s) / 1e6);
        o.sent(fresh);
      }
    }
    System.out.printf(
        "offer of 10: median %.2f ms, p95 %.2f ms%n",
        Percentiles.of(offers, 50), Percentiles.of(offers, 95));
    long s = System.nanoTime();
    try (Outbox o = new Outbox(d, Clock.systemUTC())) {
      System.out.printf("outbox open: %.0f ms%n", (System.nanoTime() - s) / 1e6);
    }
    System.out.printf(
        "outbox.journal with 20,000 sent alerts, compacted: %d bytes%n",
        Files.size(d.resolve("follows/outbox.journal")));
  }

  private static Alert alert(long follow, int i) {
    String sentence = "A sentence of some eighty characters that matched what the follow wants.";
    return new Alert(
        0,
        follow,
        follow % 10,
        "art-" + i,
        "c" + i,
        i,
        "Title " + i,
        LocalDate.now(),
        "Source",
        "https://news.example/" + i,
        List.of(new Alert.Sentence(sentence, 0, sentence.length())),
        0.5,
        Instant.now());
  }
}
