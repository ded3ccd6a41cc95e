package org.corpusbot.corpus;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a corpus load did: articles loaded, files read, and what was skipped or degraded, by why.
 */
public record LoadReport(int loaded, int files, Map<String, Integer> skipped, int degraded) {
  public LoadReport {
    skipped = Map.copyOf(skipped);
  }

  public int skippedTotal() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** One line for people: "Loaded 3 articles from 2 files; skipped 1 (1 malformed JSON)." */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append("Loaded ").append(loaded).append(loaded == 1 ? " article" : " articles");
    sb.append(" from ").append(files).append(files == 1 ? " file" : " files");
    if (!skipped.isEmpty()) {
      String why =
          new TreeMap<>(skipped)
              .entrySet().stream()
                  .map(e -> e.getValue() + " " + e.getKey())
                  .collect(Collectors.joining(", "));
      sb.append("; skipped ").append(skippedTotal()).append(" (").append(why).append(")");
    }
    if (degraded > 0) {
      sb.append("; ").append(degraded).append(" loaded with warnings");
    }
    return sb.append('.').toString();
  }
}
