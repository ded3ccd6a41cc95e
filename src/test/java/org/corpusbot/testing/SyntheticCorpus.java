package org.corpusbot.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * News articles made at test time, as many as a test needs, each with facts no other article has: a
 * person with a made-up name who meets another in a made-up town on a given day (a contact), and
 * the cost of a project named after the town (an answerable question). Deterministic: article
 * {@code i} is always the same text.
 */
public final class SyntheticCorpus {
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ra", "ten", "vo", "shi", "dor", "bel", "nu", "ga", "pe"
  };
  private static final String[] FIRST = {
    "Tavin", "Mirela", "Osric", "Lunet", "Garrow", "Ysolde", "Bram", "Neve", "Corin", "Ilse"
  };
  private static final String[] TOPICS = {
    "bridge", "harbour", "railway", "school", "hospital", "library", "tunnel", "stadium"
  };
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  private SyntheticCorpus() {}

  /** A made-up capitalised word for {@code n} (distinct for distinct n). */
  static String word(int n) {
    StringBuilder sb = new StringBuilder();
    int x = n + SYLLABLES.length; // at least two syllables
    while (x > 0) {
      sb.append(SYLLABLES[x % SYLLABLES.length]);
      x /= SYLLABLES.length;
    }
    return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
  }

  public static String town(int i) {
    return word(3 * i) + "ford";
  }

  public static String person(int i) {
    return FIRST[i % FIRST.length] + " " + word(3 * i + 1);
  }

  public static String guest(int i) {
    return FIRST[(i + 3) % FIRST.length] + " " + word(3 * i + 2);
  }

  public static String topic(int i) {
    return TOPICS[i % TOPICS.length];
  }

  public static LocalDate date(int i) {
    return START.plusDays(i % 300);
  }

  /** Millions the project of article {@code i} costs. */
  public static int cost(int i) {
    return 11 + (i * 37) % 880;
  }

  /** A question only article {@code i} answers, with {@link #cost} in the answer. */
  public static String question(int i) {
    return "How much will the " + town(i) + " " + topic(i) + " project cost?";
  }

  public static String title(int i) {
    return town(i) + " approves its new " + topic(i);
  }

  public static String text(int i) {
    String when =
        date(i)
            .minusDays(2)
            .getMonth()
            .getDisplayName(java.time.format.TextStyle.FULL, Locale.ROOT);
    int day = date(i).minusDays(2).getDayOfMonth();
    return String.join(
        "\n\n",
        "The council of "
            + town(i)
            + " approved the new "
            + topic(i)
            + " on Tuesday after a long debate. The "
            + town(i)
            + " "
            + topic(i)
            + " project will cost "
            + cost(i)
            + " million dollars, the council said.",
        "Mayor "
            + person(i)
            + " met Governor "
            + guest(i)
            + " in "
            + town(i)
            + " on "
            + when
            + " "
            + day
            + " to discuss the financing. Work is expected to start next spring and to take"
            + " about three years.",
        "Residents of "
            + town(i)
            + " have waited for the "
            + topic(i)
            + " for more than a decade. Local businesses welcomed the decision, and the"
            + " opposition said it would watch the budget closely.");
  }

  /** Writes articles {@code 0 .. n-1} as one plain-text file each into {@code dir}. */
  public static Path writeText(Path dir, int n) {
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < n; i++) {
        Files.writeString(
            dir.resolve(String.format(Locale.ROOT, "story-%04d.txt", i)),
            "title " + title(i) + "\ndate " + date(i) + "\n\n" + text(i) + "\n");
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes articles {@code from .. to-1} as gzipped JSON Lines (ids "wire-i") to {@code file}. */
  public static Path writeJsonlGz(Path file, int from, int to) {
    ObjectMapper json = new ObjectMapper();
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (int i = from; i < to; i++) {
        ObjectNode o = json.createObjectNode();
        o.put("id", "wire-" + i);
        o.put("title", title(i));
        o.put("date", date(i).toString());
        o.put("text", text(i));
        out.write((o + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
