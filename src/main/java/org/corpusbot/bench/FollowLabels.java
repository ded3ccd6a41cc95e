package org.corpusbot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpusbot.follows.Follow;

/**
 * The labelled follows of the RealTime QA questions (question_id, kind, follow text, tab separated,
 * a header line) and the blind judgements of alerts (question_id, article_id, ON or OFF).
 */
public final class FollowLabels {
  /**
   * A question's follow as a labeller wrote it; a pair's names are split on "&", "+" or " and ".
   */
  public record Labelled(String questionId, Follow.Kind kind, String text, List<String> people) {}

  private FollowLabels() {}

  public static List<Labelled> follows(Path file) throws IOException {
    List<Labelled> out = new ArrayList<>();
    for (String[] f : rows(file, 3)) {
      if (f[0].equals("question_id")) {
        continue;
      }
      Follow.Kind kind = Follow.Kind.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
      String text = f[2].strip();
      List<String> people =
          switch (kind) {
            case TOPIC -> List.of();
            case PERSON -> List.of(text);
            case PAIR -> List.of(text.split("\\s*(?:&|\\+|\\band\\b)\\s*", 2));
          };
      out.add(new Labelled(f[0].strip(), kind, text, people));
    }
    return out;
  }

  /** (question_id + TAB + article_id) → on topic; empty when the file does not exist yet. */
  public static Map<String, Boolean> judgements(Path file) throws IOException {
    Map<String, Boolean> out = new HashMap<>();
    if (file == null || !Files.exists(file)) {
      return out;
    }
    for (String[] f : rows(file, 3)) {
      String verdict = f[2].strip().toUpperCase(Locale.ROOT);
      if (verdict.equals("ON") || verdict.equals("OFF")) {
        out.put(f[0].strip() + "\t" + f[1].strip(), verdict.equals("ON"));
      }
    }
    return out;
  }

  private static List<String[]> rows(Path file, int fields) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < fields) {
          throw new IOException(
              file + " line " + n + ": expected " + fields + " tab-separated fields");
        }
        out.add(f);
      }
    }
    return out;
  }
}
