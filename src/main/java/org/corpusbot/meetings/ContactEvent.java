package org.corpusbot.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One contact reported by an article: who, what kind, where and when (each null when the text does
 * not say; dates are never filled from outside the text), and the sentence that proves it, by its
 * offsets in the article.
 */
public record ContactEvent(
    String articleId,
    List<Participant> participants,
    EventKind kind,
    String place,
    LocalDate dateFrom,
    LocalDate dateTo,
    String evidence,
    int start,
    int end) {

  public ContactEvent {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(evidence, "evidence");
    participants = List.copyOf(participants);
    if (participants.isEmpty()) {
      throw new IllegalArgumentException("a contact needs at least one participant");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence span");
    }
    if (dateFrom != null && dateTo != null && dateTo.isBefore(dateFrom)) {
      throw new IllegalArgumentException("date range ends before it starts");
    }
  }
}
