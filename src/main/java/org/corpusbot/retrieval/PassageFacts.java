package org.corpusbot.retrieval;

import java.time.LocalDate;

/**
 * What fusion needs to know of a candidate passage: its article's near-duplicate cluster (the
 * article id when it has none), its article's date (null when undated), and its cosine similarity
 * to the query vector (null when the search has no vector or the passage none).
 */
public record PassageFacts(String cluster, LocalDate date, Double cosine) {}
