package org.corpusbot.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corpusbot.corpus.Corpus;

/**
 * Which indexed articles that a load did not see may be removed. Two things look like deletion and
 * are not: a file that could not be read (its articles are kept until it reads again), and a corpus
 * folder that is empty, unmounted or half-copied (the removal is refused, with a warning saying
 * what would go, until {@code index --allow-mass-delete}).
 */
final class Removals {
  /**
   * Below this many, removals are never refused by share: deleting a few articles is ordinary
   * editing, even in a corpus of ten.
   */
  static final int FEW = 5;

  private static final int IDS_SHOWN = 5;

  /** An article in the index: its content hash and the file it was read from (null if unknown). */
  record Indexed(String hash, String file) {}

  /** What to remove, what is kept because its file was not read, what is refused, and why. */
  record Plan(List<String> remove, List<String> kept, List<String> refused, String warning) {}

  private Removals() {}

  static Plan plan(
      Map<String, Indexed> indexed,
      Set<String> seen,
      Corpus corpus,
      double maxShare,
      boolean allowMassDelete) {
    List<String> gone = new ArrayList<>(new TreeSet<>(indexed.keySet()));
    gone.removeAll(seen);
    List<String> kept = new ArrayList<>();
    List<String> remove = new ArrayList<>();
    for (String id : gone) {
      String file = indexed.get(id).file();
      // With every file read, an article not seen is gone. Otherwise only one whose own file was
      // read to the end is: an older one without a recorded file may be in the unread file.
      boolean known =
          corpus.report().complete() || (file != null && corpus.report().read().contains(file));
      (known ? remove : kept).add(id);
    }
    List<String> warnings = new ArrayList<>();
    if (!kept.isEmpty()) {
      warnings.add(keptWarning(kept, corpus));
    }
    String refusal =
        allowMassDelete ? null : refusal(remove.size(), indexed.size(), corpus, maxShare);
    if (refusal == null) {
      return new Plan(
          remove, kept, List.of(), warnings.isEmpty() ? null : String.join(" ", warnings));
    }
    warnings.add(
        "Not removing "
            + count(remove.size(), indexed.size())
            + " ("
            + ids(remove)
            + "): "
            + refusal
            + " If they really are gone, run `corpusbot index --allow-mass-delete`.");
    return new Plan(List.of(), kept, remove, String.join(" ", warnings));
  }

  /** Why removing {@code n} of {@code total} looks like a fault, or null when it does not. */
  private static String refusal(int n, int total, Corpus corpus, double maxShare) {
    if (n == 0) {
      return null;
    }
    if (corpus.articles().isEmpty()) {
      return "the corpus at "
          + corpus.where()
          + " gave no articles at all: an empty or unmounted folder?";
    }
    if (n > FEW && n > maxShare * total) {
      return String.format(
          Locale.ROOT,
          "that is %.0f%% of the index, more than index.max-delete-share (%.0f%%), and their files"
              + " are no longer in the corpus at %s: a folder unmounted, moved or only partly"
              + " copied?",
          100.0 * n / total,
          100.0 * maxShare,
          corpus.where());
    }
    return null;
  }

  private static String keptWarning(List<String> kept, Corpus corpus) {
    StringBuilder files = new StringBuilder();
    corpus.report().unread().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .limit(IDS_SHOWN)
        .forEach(
            e ->
                files
                    .append(files.length() == 0 ? "" : "; ")
                    .append(e.getKey())
                    .append(": ")
                    .append(e.getValue()));
    return "Keeping "
        + count(kept.size(), -1)
        + " ("
        + ids(kept)
        + ") that the corpus did not give, because not every file could be read ("
        + files
        + "); they are removed once their files read and no longer hold them.";
  }

  private static String count(int n, int total) {
    String articles = n == 1 && total < 0 ? "indexed article" : "indexed articles";
    return (total < 0 ? String.valueOf(n) : n + " of " + total) + " " + articles;
  }

  private static String ids(List<String> ids) {
    String shown = String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())));
    return ids.size() > IDS_SHOWN ? shown + " and " + (ids.size() - IDS_SHOWN) + " more" : shown;
  }
}
