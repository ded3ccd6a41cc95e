package org.corpusbot.corpus;

import java.util.ArrayList;
import java.util.List;

/** Splits author lines such as "By Jane Doe and John Roe" into names. */
final class Authors {
  private Authors() {}

  static List<String> split(String line) {
    if (line == null || line.isBlank()) {
      return List.of();
    }
    String s = line.strip().replaceFirst("(?i)^by\\s+", "");
    List<String> out = new ArrayList<>();
    for (String part : s.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
      String name = TextCleaner.cleanLine(part);
      if (!name.isEmpty()) {
        out.add(name);
      }
    }
    return out;
  }
}
