package org.corpusbot.retrieval;

import java.time.LocalDate;

/**
 * One indexed article's copy keys as stored: served ({@code dupOf} null) or a duplicate of the
 * served {@code dupOf}; {@code cluster} is its near-duplicate cluster (null on a duplicate).
 */
public record CopyEntry(
    String id, Fingerprint fp, LocalDate date, long arrival, String cluster, String dupOf) {}
