package org.corpusbot.retrieval;

import java.util.List;

/**
 * What one index synchronisation did.
 *
 * @param rebuilt the run was a rebuild (asked for, or a changed model or passage size)
 * @param kept articles the corpus did not give but which were kept, their files not read
 * @param refused removals refused as looking like a fault; {@code warning} says why
 * @param stopped the run was asked to stop: {@code left} articles wait for the next one
 * @param abandoned a rebuild that changed nothing (stopped, or refused because it would have lost
 *     articles): the previous index stays in service
 * @param warning what the operator should know (kept and refused articles), or null
 * @param duplicates articles stored as duplicates of served ones by this run ({@link Duplicates})
 * @param placements what became of each article of the run's corpus (empty for an abandoned
 *     rebuild; an article left for the next run has none)
 * @param dedupSeconds of {@code seconds}, the time spent deciding duplicates (signatures, lookups)
 * @param partition the share of the corpus the run indexed ({@link Partition#ALL}: all of it)
 */
public record IndexReport(
    int added,
    int changed,
    int unchanged,
    int deleted,
    int passages,
    boolean rebuilt,
    double seconds,
    int kept,
    int refused,
    boolean stopped,
    boolean abandoned,
    int left,
    String warning,
    int duplicates,
    List<Placement> placements,
    double dedupSeconds,
    Partition partition) {
  public IndexReport {
    placements = List.copyOf(placements);
    partition = partition == null ? Partition.ALL : partition;
  }

  /** A run over the whole corpus. */
  public IndexReport(
      int added,
      int changed,
      int unchanged,
      int deleted,
      int passages,
      boolean rebuilt,
      double seconds,
      int kept,
      int refused,
      boolean stopped,
      boolean abandoned,
      int left,
      String warning,
      int duplicates,
      List<Placement> placements,
      double dedupSeconds) {
    this(
        added,
        changed,
        unchanged,
        deleted,
        passages,
        rebuilt,
        seconds,
        kept,
        refused,
        stopped,
        abandoned,
        left,
        warning,
        duplicates,
        placements,
        dedupSeconds,
        Partition.ALL);
  }

  /** The same report, of a run over {@code part}. */
  IndexReport inPartition(Partition part) {
    return new IndexReport(
        added,
        changed,
        unchanged,
        deleted,
        passages,
        rebuilt,
        seconds,
        kept,
        refused,
        stopped,
        abandoned,
        left,
        warning,
        duplicates,
        placements,
        dedupSeconds,
        part);
  }

  /** How a run ended, for people and metrics. */
  public enum Result {
    /** The index is in line with the corpus (articles of unread files may have been kept). */
    OK,
    /** Asked to stop: what was done is committed, the rest waits (a rebuild: nothing done). */
    STOPPED,
    /** Something looked like a fault and was not done (removals, a rebuild); see the warning. */
    REFUSED
  }

  public IndexReport(
      int added,
      int changed,
      int unchanged,
      int deleted,
      int passages,
      boolean rebuilt,
      double seconds) {
    this(
        added, changed, unchanged, deleted, passages, rebuilt, seconds, 0, 0, false, false, 0, null,
        0, List.of(), 0);
  }

  /** A rebuild that changed nothing: stopped, or refused (with its kept and refused articles). */
  static IndexReport abandonedRebuild(
      double seconds, int kept, int refused, boolean stopped, int left, String warning) {
    return new IndexReport(
        0, 0, 0, 0, 0, true, seconds, kept, refused, stopped, true, left, warning, 0, List.of(), 0);
  }

  public int indexed() {
    return added + changed;
  }

  public Result result() {
    if (refused > 0 || (abandoned && !stopped)) {
      return Result.REFUSED;
    }
    return stopped ? Result.STOPPED : Result.OK;
  }

  public String summary() {
    if (abandoned) {
      return String.format(
          "Index rebuild abandoned after %.1f s: %s; the previous index stays in service.",
          seconds,
          stopped
              ? "stopped before it was complete"
              : kept + refused == 0
                  ? "it cannot be done in place (see the warning)"
                  : "it would have lost "
                      + (kept + refused)
                      + (kept + refused == 1 ? " indexed article" : " indexed articles")
                      + " (see the warning)");
    }
    return String.format(
        "Index %s%s: %d new, %d changed, %d unchanged, %d removed articles%s%s%s; %d passages"
            + " embedded in %.1f s%s%s.",
        rebuilt ? "rebuilt" : "updated",
        partition.whole() ? "" : " (partition " + partition + ")",
        added,
        changed,
        unchanged,
        deleted,
        kept > 0 ? ", " + kept + " kept (files not read)" : "",
        refused > 0 ? ", " + refused + " removals refused" : "",
        duplicates > 0 ? ", " + duplicates + " stored as duplicates (not served)" : "",
        passages,
        seconds,
        indexed() > 0 && seconds > 0
            ? String.format(" (%.1f articles/s)", indexed() / seconds)
            : "",
        stopped ? "; stopped early, " + left + " articles left for the next run" : "");
  }
}
