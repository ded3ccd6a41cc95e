package org.corpusbot.retrieval;

/** What one index synchronisation did. */
public record IndexReport(
    int added,
    int changed,
    int unchanged,
    int deleted,
    int passages,
    boolean rebuilt,
    double seconds) {

  public int indexed() {
    return added + changed;
  }

  public String summary() {
    return String.format(
        "Index %s: %d new, %d changed, %d unchanged, %d removed articles; %d passages embedded in %.1f s%s.",
        rebuilt ? "rebuilt" : "updated",
        added,
        changed,
        unchanged,
        deleted,
        passages,
        seconds,
        indexed() > 0 && seconds > 0
            ? String.format(" (%.1f articles/s)", indexed() / seconds)
            : "");
  }
}
