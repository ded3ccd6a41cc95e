package org.corpusbot.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Articles that once cost minutes each to index, made on demand: run-on sentences (no full stop for
 * hundreds of kilobytes, full of contact words, which the part-of-speech tagger is given), a 10 MB
 * article of ordinary sentences, and a 30 MB file on one line. Deterministic (seeded).
 */
public final class BadArticles {
  private static final String[] WORDS = {
    "the",
    "minister",
    "met",
    "envoy",
    "and",
    "talked",
    "about",
    "trade",
    "while",
    "officials",
    "visited",
    "Geneva",
    "called",
    "President",
    "Lunde",
    "said",
    "that",
    "talks",
    "would",
    "continue",
    "as",
    "markets",
    "rose",
    "summit",
    "in",
    "Kerrow"
  };

  /** One case: a file name and how it is made. */
  public record Case(String name, String file, long bytes, boolean sentences, boolean oneLine) {}

  public static final List<Case> CASES =
      List.of(
          new Case("news article, 5 KB", "news.txt", 5_000, true, false),
          new Case("run-on sentence, 200 KB", "runon-200k.txt", 200_000, false, false),
          new Case("run-on sentence, 400 KB", "runon-400k.txt", 400_000, false, false),
          new Case("article of sentences, 10 MB", "long-10m.txt", 10_000_000, true, false),
          new Case("one line, 30 MB", "oneline-30m.txt", 30_000_000, false, true));

  private BadArticles() {}

  /** Writes {@code c} into {@code dir} (as a one-article .txt file) and returns its path. */
  public static Path write(Case c, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(c.file());
    Random random = new Random(7);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (!c.oneLine()) {
        w.write("title " + c.name() + "\n\n"); // a one-line file is all body, its title derived
      }
      long written = 0;
      int inSentence = 0;
      while (written < c.bytes()) {
        String word = WORDS[random.nextInt(WORDS.length)];
        if (c.sentences() && inSentence == 0) {
          word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        inSentence++;
        String sep = " ";
        if (c.sentences() && inSentence > 12 + random.nextInt(14)) {
          sep = random.nextInt(5) == 0 && !c.oneLine() ? ".\n\n" : ". ";
          inSentence = 0;
        } else if (random.nextInt(12) == 0) {
          sep = ", ";
        }
        w.write(word);
        w.write(sep);
        written += word.length() + sep.length();
      }
      w.write("end.\n");
    }
    return file;
  }
}
