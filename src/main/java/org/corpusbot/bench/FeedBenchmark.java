package org.corpusbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Freshness of feeds: the time from an item appearing in a feed to the first answer citing its
 * page. The feed's poll interval is left out: the poll is started the moment the item appears (as
 * if the interval had just run out), so what is measured is fetching the feed and the page,
 * extracting, indexing and answering. Stories come from the research data, served from memory.
 */
public final class FeedBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long POLL_MS = 50;

  /** The bot being measured. */
  public interface Bot {
    /** The URLs the answer to {@code question} cites. */
    List<String> citedUrls(String question, LocalDate asOf);

    /** Polls the feed now; returns once the poll (and the indexing it started) is done. */
    void pollNow();
  }

  /** One story: a short id for its page, its title (the question asked), date and paragraphs. */
  public record Story(String id, String title, LocalDate date, List<String> paragraphs) {}

  /**
   * Seconds from appearing to the end of the poll that took it, and to the first answer citing it
   * (NaN when none did within the limit).
   */
  public record Freshness(List<Double> polled, List<Double> cited, int notCited) {}

  private FeedBenchmark() {}

  /**
   * {@code n} RealTime QA articles with a title and some text, after the first {@code skip} lines.
   */
  public static List<Story> stories(Path rtqa, int skip, int n) throws IOException {
    List<Story> out = new ArrayList<>();
    int seen = 0;
    try (BufferedReader r = Files.newBufferedReader(rtqa, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null && out.size() < n; line = r.readLine()) {
        if (seen++ < skip) {
          continue;
        }
        JsonNode o = JSON.readTree(line);
        String title = o.path("title").asText("");
        String text = o.path("text").asText("");
        String date = o.path("publish_date").asText("");
        if (title.length() < 20 || text.length() < 500 || !date.matches("\\d{4}/\\d{2}/\\d{2}.*")) {
          continue;
        }
        List<String> paragraphs =
            Arrays.stream(text.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
        out.add(
            new Story(
                "s" + out.size(),
                title,
                LocalDate.parse(date.substring(0, 10).replace('/', '-')),
                paragraphs));
      }
    }
    return out;
  }

  /** Publishes the stories one at a time, each once the one before was cited (or timed out). */
  public static Freshness freshness(Bot bot, FeedSite site, List<Story> stories, Duration limit)
      throws InterruptedException {
    List<Double> polled = new ArrayList<>();
    List<Double> cited = new ArrayList<>();
    int notCited = 0;
    for (Story s : stories) {
      long t0 = System.nanoTime();
      String url = site.publish(s);
      bot.pollNow();
      polled.add(secs(t0));
      long end = t0 + limit.toNanos();
      Double at = null;
      while (at == null && System.nanoTime() < end) {
        if (bot.citedUrls(s.title(), s.date().plusDays(1)).contains(url)) {
          at = secs(t0);
        } else {
          Thread.sleep(POLL_MS);
        }
      }
      if (at == null) {
        notCited++;
      }
      cited.add(at == null ? Double.NaN : at);
    }
    return new Freshness(polled, cited, notCited);
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
