package org.corpusbot.retrieval;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A structured fact an annotator found in an article (a contact event, say), kept in the index
 * beside the article and replaced with it. {@code keys} are the lower-case words it can be found
 * by; {@code from}/{@code to} the dates it is about (null when the text gives none); {@code
 * payload} the annotator's own serialised form.
 */
public record Annotation(
    String articleId,
    String kind,
    Set<String> keys,
    LocalDate from,
    LocalDate to,
    int start,
    int end,
    String payload) {
  public Annotation {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(payload, "payload");
    keys = Set.copyOf(keys);
  }
}
