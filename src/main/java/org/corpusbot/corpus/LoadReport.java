package org.corpusbot.corpus;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a corpus load did: articles loaded, files read, and what was skipped or degraded, by why.
 *
 * <p>{@code read} names (relative to the corpus root, as in {@link Article#file()}) every file read
 * to its end; {@code unread} every file that could not be, with why (unreadable, too large, a
 * special file, a broken link). What was indexed from an unread file may still be there: it must
 * not be taken for deleted.
 */
public record LoadReport(
    int loaded,
    int files,
    Map<String, Integer> skipped,
    int degraded,
    Set<String> read,
    Map<String, String> unread) {
  public LoadReport {
    skipped = Map.copyOf(skipped);
    read = Set.copyOf(read);
    unread = Map.copyOf(unread);
  }

  /** A load that read everything it was given (articles made in memory). */
  public static LoadReport complete(int loaded) {
    return new LoadReport(loaded, 0, Map.of(), 0, Set.of(), Map.of());
  }

  public int skippedTotal() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** True when every file was read to its end. */
  public boolean complete() {
    return unread.isEmpty();
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
    if (!unread.isEmpty()) {
      sb.append("; ")
          .append(unread.size())
          .append(unread.size() == 1 ? " file" : " files")
          .append(" not read to the end");
    }
    return sb.append('.').toString();
  }
}
