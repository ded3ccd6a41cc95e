package org.corpusbot.meetings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Citation;

/**
 * Writes contact events as an answer: grouped by who met whom, newest first, each with its kind,
 * place and date (or that the text gives none) and a citation [n] to the sentence that proves it.
 */
public final class MeetingAnswers {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  public Answer render(String question, List<ContactStore.Found> found, String nothing) {
    if (found.isEmpty()) {
      return new Answer(question, false, nothing, List.of(), null, 0);
    }
    Map<String, List<ContactStore.Found>> groups = new LinkedHashMap<>();
    for (ContactStore.Found f : found) {
      groups.computeIfAbsent(who(f.event()), k -> new ArrayList<>()).add(f);
    }
    List<Citation> citations = new ArrayList<>();
    Map<String, Integer> numbers = new LinkedHashMap<>();
    StringBuilder text = new StringBuilder();
    for (var g : groups.entrySet()) {
      if (text.length() > 0) {
        text.append("\n");
      }
      text.append(g.getKey()).append(":");
      for (ContactStore.Found f : g.getValue()) {
        ContactEvent e = f.event();
        String key = e.articleId() + "@" + e.start();
        Integer n = numbers.get(key);
        if (n == null) {
          n = citations.size() + 1;
          numbers.put(key, n);
          citations.add(
              new Citation(
                  n,
                  e.articleId(),
                  f.article().title(),
                  f.article().date(),
                  f.article().source(),
                  f.article().url(),
                  e.evidence(),
                  e.start(),
                  e.end()));
        }
        text.append("\n• ")
            .append(e.kind().label())
            .append(", ")
            .append(e.place() == null ? "place not given" : "in " + e.place())
            .append(", ")
            .append(when(e.dateFrom(), e.dateTo()))
            .append(" [")
            .append(n)
            .append("]");
      }
    }
    return new Answer(question, true, text.toString(), citations, null, 0);
  }

  /** "Joe Biden – Vladimir Putin", "Ann Neuberger – her Moscow counterpart", "Victoria Nuland". */
  static String who(ContactEvent e) {
    List<String> names = e.participants().stream().map(Participant::name).toList();
    if (e.firstSide() > 0 && e.firstSide() < names.size()) {
      return String.join(", ", names.subList(0, e.firstSide()))
          + " – "
          + String.join(", ", names.subList(e.firstSide(), names.size()));
    }
    // All met each other: the same group whatever order the sentence named them in.
    return names.size() == 1
        ? names.get(0)
        : names.stream().sorted().collect(Collectors.joining(" – "));
  }

  /** The date as the text gave it: a day, a month, a range, or that it gives none. */
  static String when(LocalDate from, LocalDate to) {
    if (from == null) {
      return "date not given";
    }
    if (from.equals(to)) {
      return from.toString();
    }
    if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth())) {
      return MONTH.format(from);
    }
    return "between " + from + " and " + to;
  }
}
