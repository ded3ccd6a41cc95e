package org.corpusbot.retrieval;

import java.util.Objects;

/**
 * What a sync made of one article of its corpus: the indexer's duplicate decision, for whoever
 * tells the sender (the {@code ingest} package's {@code Ingested}).
 *
 * @param sameAs for {@link Kind#DUPLICATE}, the id of the served article it repeats; else null
 */
public record Placement(String id, Kind kind, String sameAs) {
  public Placement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.DUPLICATE) != (sameAs != null)) {
      throw new IllegalArgumentException("sameAs is given for a duplicate, and only for one");
    }
  }

  /** As {@code Ingested.Outcome}, whose names these are. */
  public enum Kind {
    /** New, served. */
    ADDED,
    /** A new version of an indexed id, or a correction replacing another id of the same URL. */
    UPDATED,
    /** Served as before. */
    UNCHANGED,
    /** Not served: it repeats {@code sameAs} (same text, an older version of the same URL). */
    DUPLICATE
  }
}
