package org.corpusbot.meetings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corpusbot.answer.llm.LlmFailure;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Span;

/**
 * Reads the model's contacts and keeps only what the article bears out. The reply must be the JSON
 * asked for ({@link ContactPrompt#RULES}), read strictly: no unknown or repeated fields, nothing
 * after it (one Markdown code fence around it is allowed, as models add one unasked); otherwise the
 * whole reply is refused. Then, per event: the kind must be a known {@link EventKind}; the evidence
 * must be a sentence of the article (compared case-insensitively with spaces normalised), which
 * gives its offsets; every participant, place and title must occur in the evidence sentence or the
 * article, or is dropped; dates are kept only where a date the rules read in the evidence sentence
 * holds them ({@link EventDates}), and a date after the article's makes it a plan, dropped. An
 * event left without participants is dropped. Thread-safe.
 */
final class ModelContacts {
  /** More events than this in one article is not a reading of it. */
  static final int MAX_EVENTS = 40;

  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  record Reply(List<Event> events) {}

  record Event(
      String kind,
      List<Person> participants,
      Integer firstSide,
      String place,
      String dateFrom,
      String dateTo,
      String evidence) {}

  record Person(String name, String kind, String title) {}

  /** The events kept, and how many of the model's events were dropped. */
  record Checked(List<ContactEvent> events, int dropped) {}

  private final EventDates dates = new EventDates();

  /**
   * The contacts of {@code a} (whose sentences are {@code sentences}) in {@code reply}.
   *
   * @throws LlmFailure when the reply is not the JSON asked for; its message names where it broke,
   *     never the reply's text
   */
  Checked read(String reply, Article a, List<Span> sentences) {
    Reply r = parse(reply);
    InText text = new InText(a.text(), sentences);
    List<ContactEvent> kept = new ArrayList<>();
    for (Event e : r.events()) {
      ContactEvent c = e == null ? null : checked(e, a, text);
      if (c != null) {
        kept.add(c);
      }
    }
    return new Checked(kept, r.events().size() - kept.size());
  }

  static Reply parse(String reply) {
    String json = withoutFence(reply.strip());
    Reply r;
    try {
      r = STRICT.readValue(json, Reply.class);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new LlmFailure(
          "reply is not the JSON asked for"
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    }
    if (r == null || r.events() == null) {
      throw new LlmFailure("reply has no events list");
    }
    if (r.events().size() > MAX_EVENTS) {
      throw new LlmFailure(
          "reply lists " + r.events().size() + " events (at most " + MAX_EVENTS + ")");
    }
    return r;
  }

  private static String withoutFence(String s) {
    if (!s.startsWith("```") || !s.endsWith("```") || s.length() < 6) {
      return s;
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(nl + 1, s.length() - 3);
  }

  private ContactEvent checked(Event e, Article a, InText text) {
    EventKind kind = kind(e.kind());
    Span sentence = e.evidence() == null ? null : text.sentence(e.evidence());
    if (kind == null || sentence == null || e.participants() == null) {
      return null;
    }
    String evidence = sentence.of(a.text());
    int side = e.firstSide() == null ? 0 : e.firstSide();
    if (side < 0 || side > e.participants().size()) {
      return null;
    }
    List<Participant> kept = new ArrayList<>();
    int keptFirst = 0;
    for (int i = 0; i < e.participants().size(); i++) {
      Participant p = participant(e.participants().get(i), evidence, text);
      if (p != null && kept.stream().noneMatch(k -> k.name().equalsIgnoreCase(p.name()))) {
        kept.add(p);
        keptFirst += i < side ? 1 : 0;
      }
    }
    LocalDate[] when = dates(e, evidence, a.date());
    if (kept.isEmpty() || when == null) {
      return null;
    }
    String place = text.occurs(e.place(), evidence) ? e.place().strip() : null;
    return new ContactEvent(
        a.id(),
        kept,
        side == 0 ? 0 : keptFirst,
        kind,
        place,
        when[0],
        when[1],
        evidence,
        sentence.start(),
        sentence.end(),
        ExtractedBy.MODEL);
  }

  private static EventKind kind(String k) {
    if (k == null) {
      return null;
    }
    for (EventKind kind : EventKind.values()) {
      if (kind.name().equalsIgnoreCase(k.strip()) || kind.label().equalsIgnoreCase(k.strip())) {
        return kind;
      }
    }
    return null;
  }

  private static Participant participant(Person p, String evidence, InText text) {
    if (p == null || p.name() == null || p.kind() == null || !text.occurs(p.name(), evidence)) {
      return null;
    }
    Participant.Kind kind;
    try {
      kind = Participant.Kind.valueOf(p.kind().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
    String title = text.occurs(p.title(), evidence) ? p.title().strip() : null;
    return new Participant(p.name().strip().replaceAll("\\s+", " "), kind, title);
  }

  /**
   * {from, to}, both null when the model gave none or the sentence does not bear them out; null
   * when the date lies after the article's (a plan, not a contact).
   */
  private LocalDate[] dates(Event e, String evidence, LocalDate articleDate) {
    LocalDate from;
    LocalDate to;
    try {
      from = e.dateFrom() == null ? null : LocalDate.parse(e.dateFrom().strip());
      to = e.dateTo() == null ? from : LocalDate.parse(e.dateTo().strip());
    } catch (DateTimeParseException bad) {
      return new LocalDate[2];
    }
    if (from == null || to == null || to.isBefore(from)) {
      return new LocalDate[2];
    }
    if (articleDate != null && from.isAfter(articleDate)) {
      return null;
    }
    for (EventDates.Found f : dates.find(evidence, articleDate)) {
      if (!from.isBefore(f.from()) && !to.isAfter(f.to())) {
        return new LocalDate[] {from, to};
      }
    }
    return new LocalDate[2];
  }
}
