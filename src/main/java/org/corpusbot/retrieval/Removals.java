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
 * what would go, until {@code index --allow-mass-delete}). A rebuild replaces every article, so it
 * can keep none: it is refused as a whole when an update would keep or refuse anything.
 */
final class Removals {
  /**
   * Below this many, removals are never refused by share: deleting a few articles is ordinary
   * editing, even in a corpus of ten.
   */
  static final int FEW = 5;

  private static final int IDS_SHOWN = 5;

  /** What to remove, what is kept because its file was not read, what is refused, and why. */
  record Plan(List<String> remove, List<String> kept, List<String> refused, String warning) {
    /**
     * True when some indexed article the corpus did not give stays in the index (kept or refused):
     * a rebuild cannot go ahead, and the index is not wholly made from this load.
     */
    boolean holdsBack() {
      return !kept.isEmpty() || !refused.isEmpty();
    }
  }

  /** The indexed articles not seen: those whose going is known, and those kept (file unread). */
  private record Gone(List<String> known, List<String> kept) {}

  private Removals() {}

  /** The removals of an update. */
  static Plan plan(
      Map<String, IndexedArticle> indexed,
      Set<String> seen,
      Corpus corpus,
      double maxShare,
      boolean allowMassDelete) {
    Gone gone = gone(indexed, seen, corpus);
    List<String> warnings = new ArrayList<>();
    if (!gone.kept().isEmpty()) {
      warnings.add(keptWarning(gone.kept(), corpus));
    }
    String refusal =
        allowMassDelete ? null : refusal(gone.known().size(), indexed.size(), corpus, maxShare);
    if (refusal == null) {
      return new Plan(gone.known(), gone.kept(), List.of(), joined(warnings));
    }
    warnings.add(
        "Not removing "
            + count(gone.known().size(), indexed.size())
            + " ("
            + ids(gone.known())
            + "): "
            + refusal
            + " If they really are gone, run `corpusbot index --allow-mass-delete`.");
    return new Plan(List.of(), gone.kept(), gone.known(), joined(warnings));
  }

  /**
   * {@code rebuild} for a run that must remove nothing the corpus does not give (a bot's own run
   * with {@code index.bot-removes} off): a rebuild would drop them, so it is held back with what to
   * do when it would.
   */
  static Plan keepingGone(Plan rebuild) {
    if (rebuild.remove().isEmpty()) {
      return rebuild;
    }
    List<String> kept = new ArrayList<>(rebuild.kept());
    kept.addAll(rebuild.remove());
    return new Plan(
        List.of(),
        kept,
        rebuild.refused(),
        "Not rebuilding the index: "
            + rebuild.remove().size()
            + " indexed articles are not in the corpus here and index.bot-removes keeps them;"
            + " `corpusbot index --rebuild` rebuilds it and removes them");
  }

  /**
   * The removals of a rebuild: every indexed article the corpus did not give. When an update would
   * keep some (their files were not read: a rebuild could not embed them again) or refuse to remove
   * them, the plan holds them back ({@link Plan#holdsBack}) and the rebuild must not start, unless
   * {@code allowMassDelete}: then they go, with a warning for those whose files were not read.
   */
  static Plan planRebuild(
      Map<String, IndexedArticle> indexed,
      Set<String> seen,
      Corpus corpus,
      double maxShare,
      boolean allowMassDelete) {
    Gone gone = gone(indexed, seen, corpus);
    String refusal = refusal(gone.known().size(), indexed.size(), corpus, maxShare);
    if (gone.kept().isEmpty() && (refusal == null || allowMassDelete)) {
      return new Plan(gone.known(), List.of(), List.of(), null);
    }
    if (allowMassDelete) {
      TreeSet<String> all = new TreeSet<>(gone.known());
      all.addAll(gone.kept());
      return new Plan(
          List.copyOf(all),
          List.of(),
          List.of(),
          "Dropping "
              + count(gone.kept().size(), -1)
              + " ("
              + ids(gone.kept())
              + ") whose files could not be read ("
              + unreadFiles(corpus)
              + "): a rebuild cannot embed them again, and --allow-mass-delete was given.");
    }
    List<String> why = new ArrayList<>();
    if (!gone.kept().isEmpty()) {
      why.add(
          count(gone.kept().size(), -1)
              + " ("
              + ids(gone.kept())
              + ") come from files that could not be read ("
              + unreadFiles(corpus)
              + ") and cannot be embedded again.");
    }
    List<String> refused = refusal == null ? List.of() : gone.known();
    if (refusal != null) {
      why.add(
          "It would remove "
              + count(refused.size(), indexed.size())
              + " ("
              + ids(refused)
              + "): "
              + refusal);
    }
    return new Plan(
        List.of(),
        gone.kept(),
        refused,
        "Not rebuilding the index. "
            + String.join(" ", why)
            + " Nothing was changed: the previous index stays in service. Run the rebuild again"
            + " once the corpus reads completely; if those articles really are gone, `corpusbot"
            + " index --rebuild --allow-mass-delete` rebuilds without them.");
  }

  private static Gone gone(Map<String, IndexedArticle> indexed, Set<String> seen, Corpus corpus) {
    List<String> gone = new ArrayList<>(new TreeSet<>(indexed.keySet()));
    gone.removeAll(seen);
    List<String> kept = new ArrayList<>();
    List<String> known = new ArrayList<>();
    for (String id : gone) {
      String file = indexed.get(id).file();
      if (!corpus.inScope(file)) {
        continue; // a partial load did not look at its file: nothing is known of it
      }
      (known(file, corpus) ? known : kept).add(id);
    }
    return new Gone(known, kept);
  }

  /**
   * With every file read, an article not seen is gone. Otherwise only one whose own file was read
   * to the end is (an older one without a recorded file may be in the unread file); in a partial
   * load, one whose file (or folder) was looked at and is not unread: read, or deleted.
   */
  private static boolean known(String file, Corpus corpus) {
    if (corpus.partial()) {
      return !corpus.unreadCovers(file);
    }
    return corpus.report().complete() || (file != null && corpus.report().read().contains(file));
  }

  /** Why removing {@code n} of {@code total} looks like a fault, or null when it does not. */
  private static String refusal(int n, int total, Corpus corpus, double maxShare) {
    if (n == 0) {
      return null;
    }
    // A partial load of deleted files gives no articles; it only looks like an unmounted corpus
    // when it would empty the index.
    if (corpus.articles().isEmpty() && (!corpus.partial() || n == total)) {
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
    return "Keeping "
        + count(kept.size(), -1)
        + " ("
        + ids(kept)
        + ") that the corpus did not give, because not every file could be read ("
        + unreadFiles(corpus)
        + "); they are removed once their files read and no longer hold them.";
  }

  private static String unreadFiles(Corpus corpus) {
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
    return files.toString();
  }

  private static String joined(List<String> warnings) {
    return warnings.isEmpty() ? null : String.join(" ", warnings);
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
