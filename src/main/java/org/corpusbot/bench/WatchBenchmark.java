package org.corpusbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * How fast the live corpus keeps up: freshness (a file landing in the watched folder to the first
 * answer citing it) and a burst of files (indexing time, and answer latency meanwhile vs idle). The
 * stories are JSON lines of the research data, each written as its own one-line file into a
 * temporary corpus folder, never into the repository.
 */
public final class WatchBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long POLL_MS = 50;

  /** The bot being measured. */
  public interface LiveBot {
    /** The ids of the articles the answer to {@code question} cites. */
    List<String> cited(String question, LocalDate asOf);

    boolean indexed(String id);

    /** True while a change waits to be indexed or a run is going. */
    boolean busy();
  }

  /** One story: its id, the question that should find it (its title), and its JSON line. */
  public record Story(String id, String question, LocalDate asOf, String line) {}

  /** A question asked while measuring latency. */
  public record Asked(String question, LocalDate asOf) {}

  /** Seconds until each landed file was indexed, and until an answer cited it (null: never). */
  public record Freshness(List<Double> indexed, List<Double> cited, int notCited) {}

  /**
   * A burst: seconds to index it, answer latencies (ms) while it ran, and how many of its stories
   * were not indexed (refused by the loader as they would be by {@code index}).
   */
  public record Burst(double seconds, List<Double> latenciesMs, int missing) {}

  private WatchBenchmark() {}

  /** Stories {@code skip .. skip+n-1} of a JSON Lines file among those {@code keep} accepts. */
  public static List<Story> stories(Path jsonl, int skip, int n, Predicate<JsonNode> keep)
      throws IOException {
    List<Story> out = new ArrayList<>();
    int seen = 0;
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null && out.size() < n; line = r.readLine()) {
        JsonNode o = JSON.readTree(line);
        if (!keep.test(o) || seen++ < skip) {
          continue;
        }
        out.add(new Story(o.path("id").asText(), o.path("title").asText(), asOf(o), line));
      }
    }
    return out;
  }

  private static LocalDate asOf(JsonNode o) {
    String d = o.path("publish_date").asText("");
    return d.matches("\\d{4}/\\d{2}/\\d{2}.*")
        ? LocalDate.parse(d.substring(0, 10).replace('/', '-')).plusDays(1)
        : null;
  }

  /** Writes each story as {@code <id>.jsonl} into {@code folder}, as a copy does. */
  public static void write(Path folder, List<Story> stories) throws IOException {
    Files.createDirectories(folder);
    for (Story s : stories) {
      Files.writeString(folder.resolve(s.id() + ".jsonl"), s.line() + "\n");
    }
  }

  /** Lands a story whole: written hidden, then renamed into place (the moment it lands). */
  private static long land(Path folder, Story s) throws IOException {
    Path hidden = folder.resolve("." + s.id() + ".part");
    Files.writeString(hidden, s.line() + "\n");
    long t0 = System.nanoTime();
    Files.move(hidden, folder.resolve(s.id() + ".jsonl"), StandardCopyOption.ATOMIC_MOVE);
    return t0;
  }

  /** Lands the stories one at a time, each once the one before was cited (or timed out). */
  public static Freshness freshness(LiveBot bot, Path folder, List<Story> stories, Duration limit)
      throws IOException, InterruptedException {
    List<Double> indexed = new ArrayList<>();
    List<Double> cited = new ArrayList<>();
    int notCited = 0;
    Files.createDirectories(folder);
    for (Story s : stories) {
      long t0 = land(folder, s);
      long end = t0 + limit.toNanos();
      Double in = null;
      Double citedAt = null;
      while (citedAt == null && System.nanoTime() < end) {
        if (in == null && bot.indexed(s.id())) {
          in = secs(t0);
        }
        // Asked once it is in the index: before, no answer can cite it, and a question every 50 ms
        // would only slow the indexing it waits for (answers go first).
        if (in != null && bot.cited(s.question(), s.asOf()).contains(s.id())) {
          citedAt = secs(t0);
        } else {
          Thread.sleep(POLL_MS);
        }
      }
      indexed.add(in != null ? in : citedAt != null ? citedAt : Double.NaN);
      if (citedAt == null) {
        notCited++;
      } else {
        cited.add(citedAt);
      }
    }
    indexed.removeIf(d -> d.isNaN());
    return new Freshness(indexed, cited, notCited);
  }

  /** Answer latencies (ms) of {@code questions}, asked one after the other. */
  public static List<Double> latencies(LiveBot bot, List<Asked> questions) {
    List<Double> out = new ArrayList<>();
    for (Asked q : questions) {
      long t0 = System.nanoTime();
      bot.cited(q.question(), q.asOf());
      out.add((System.nanoTime() - t0) / 1e6);
    }
    return out;
  }

  /**
   * Writes the stories into {@code folder} as fast as a copy, and waits until every one is indexed
   * and nothing waits; meanwhile {@code questions} are asked in turn on another thread, one every
   * {@code pace} after the answer before (people read an answer before they ask again).
   */
  public static Burst burst(
      LiveBot bot, Path folder, List<Story> stories, List<Asked> questions, Duration pace)
      throws IOException, InterruptedException {
    List<Double> lat = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean done = new AtomicBoolean();
    Thread asker =
        new Thread(
            () -> {
              try {
                for (int i = 0; !done.get(); i++) {
                  lat.addAll(latencies(bot, List.of(questions.get(i % questions.size()))));
                  Thread.sleep(pace.toMillis()); // a person reads the answer before the next
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "bench-asker");
    long t0 = System.nanoTime();
    asker.start();
    try {
      write(folder, stories);
      Thread.sleep(POLL_MS);
      while (bot.busy() || !bot.indexed(stories.get(stories.size() - 1).id())) {
        Thread.sleep(POLL_MS);
      }
    } finally {
      done.set(true);
      asker.join();
    }
    double seconds = secs(t0);
    int missing = (int) stories.stream().filter(s -> !bot.indexed(s.id())).count();
    return new Burst(seconds, List.copyOf(lat), missing);
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
