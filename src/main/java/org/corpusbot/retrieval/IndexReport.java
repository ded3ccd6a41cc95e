package org.corpusbot.retrieval;

/**
 * What one index synchronisation did.
 *
 * @param kept articles the corpus did not give but which were kept, their files not read
 * @param refused removals refused as looking like a fault; {@code warning} says why
 * @param stopped the run was asked to stop: {@code left} articles wait for the next one
 * @param warning what the operator should know (kept and refused articles), or null
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
    int left,
    String warning) {

  public IndexReport(
      int added,
      int changed,
      int unchanged,
      int deleted,
      int passages,
      boolean rebuilt,
      double seconds) {
    this(added, changed, unchanged, deleted, passages, rebuilt, seconds, 0, 0, false, 0, null);
  }

  public int indexed() {
    return added + changed;
  }

  public String summary() {
    return String.format(
        "Index %s: %d new, %d changed, %d unchanged, %d removed articles%s%s; %d passages embedded"
            + " in %.1f s%s%s.",
        stopped && rebuilt ? "rebuild abandoned" : rebuilt ? "rebuilt" : "updated",
        added,
        changed,
        unchanged,
        deleted,
        kept > 0 ? ", " + kept + " kept (files not read)" : "",
        refused > 0 ? ", " + refused + " removals refused" : "",
        passages,
        seconds,
        indexed() > 0 && seconds > 0
            ? String.format(" (%.1f articles/s)", indexed() / seconds)
            : "",
        !stopped
            ? ""
            : rebuilt
                ? "; stopped before it was complete, the previous index stays in service"
                : "; stopped early, " + left + " articles left for the next run");
  }
}
