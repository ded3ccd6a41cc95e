package org.corpusbot.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What an arrival gave once indexing is done: its articles, each with what became of it, and the
 * problems of what could not be read (one line each, naming the file or line).
 */
public record Ingested(List<Item> items, List<String> problems) {
  public Ingested {
    items = List.copyOf(items);
    problems = List.copyOf(problems);
  }

  /** What became of one article of the arrival. */
  public enum Outcome {
    /** New in the index, answerable. */
    ADDED,
    /** Replaced an older version of itself (same id or same URL), answerable. */
    UPDATED,
    /** Already indexed exactly so: nothing changed. */
    UNCHANGED,
    /** The same story as an indexed article ({@link Item#sameAs}): indexed once, not again. */
    DUPLICATE
  }

  /**
   * @param sameAs for a duplicate, the id of the indexed article it repeats; else null
   */
  public record Item(String id, String title, LocalDate date, Outcome outcome, String sameAs) {}
}
