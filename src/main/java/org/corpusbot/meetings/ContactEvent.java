package org.corpusbot.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One contact reported by an article: who, what kind, where and when (each null when the text does
 * not say; dates are never filled from outside the text), and the sentence that proves it, by its
 * offsets in the article.
 *
 * <p>{@code firstSide} says how the participants face each other: the first {@code firstSide} met
 * each of the rest ("A met B and C"); 0 means they all met each other ("talks between A and B", "A
 * and B met"); all of them means one side met someone unnamed ("talks with A and B"), so no pair.
 *
 * <p>{@code extractedBy} says whether the rules or the language model found it; null (contacts
 * indexed before it was recorded) reads as the rules.
 */
public record ContactEvent(
    String articleId,
    List<Participant> participants,
    int firstSide,
    EventKind kind,
    String place,
    LocalDate dateFrom,
    LocalDate dateTo,
    String evidence,
    int start,
    int end,
    ExtractedBy extractedBy) {

  /** A contact the rules found. */
  public ContactEvent(
      String articleId,
      List<Participant> participants,
      int firstSide,
      EventKind kind,
      String place,
      LocalDate dateFrom,
      LocalDate dateTo,
      String evidence,
      int start,
      int end) {
    this(
        articleId,
        participants,
        firstSide,
        kind,
        place,
        dateFrom,
        dateTo,
        evidence,
        start,
        end,
        ExtractedBy.RULES);
  }

  /**
   * This event with only {@code kept} of its participants, {@code firstKept} of them from its first
   * side: a side left empty met no one named, so the rest stay one side, not each other's ({@code
   * firstSide} = their number: no pairs, where {@link #withParticipants} would make them all
   * pairs); one participant alone has side 0, as the extractor writes it elsewhere.
   */
  ContactEvent keeping(List<Participant> kept, int firstKept) {
    int side = firstSide;
    if (side > 0) {
      side = firstKept == 0 || firstKept == kept.size() ? kept.size() : firstKept;
    }
    return withSides(kept, kept.size() == 1 ? 0 : side);
  }

  /**
   * This contact with other participants; {@code firstSide} as in the record, 0 (one side) when it
   * no longer splits them.
   */
  ContactEvent withParticipants(List<Participant> others, int firstSide) {
    return withSides(others, firstSide >= others.size() ? 0 : firstSide);
  }

  private ContactEvent withSides(List<Participant> others, int side) {
    return new ContactEvent(
        articleId, others, side, kind, place, dateFrom, dateTo, evidence, start, end, extractedBy);
  }

  public ContactEvent {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(evidence, "evidence");
    extractedBy = extractedBy == null ? ExtractedBy.RULES : extractedBy;
    participants = List.copyOf(participants);
    if (participants.isEmpty()) {
      throw new IllegalArgumentException("a contact needs at least one participant");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence span");
    }
    if (firstSide < 0 || firstSide > participants.size()) {
      throw new IllegalArgumentException("firstSide out of range");
    }
    if (dateFrom != null && dateTo != null && dateTo.isBefore(dateFrom)) {
      throw new IllegalArgumentException("date range ends before it starts");
    }
  }

  /**
   * Who met whom, as pairs. Travellers who visit a place together did not meet each other by
   * visiting, so a visit with no one visited has no pairs.
   */
  public List<List<Participant>> pairs() {
    List<List<Participant>> out = new ArrayList<>();
    int n = participants.size();
    if (firstSide > 0 && firstSide < n) {
      for (Participant a : participants.subList(0, firstSide)) {
        for (Participant b : participants.subList(firstSide, n)) {
          out.add(List.of(a, b));
        }
      }
    } else if (kind != EventKind.VISIT && firstSide < n) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          out.add(List.of(participants.get(i), participants.get(j)));
        }
      }
    }
    return out;
  }
}
