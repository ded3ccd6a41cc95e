package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises questions about contacts ("Who did Nuland meet?", "Who met whom in Geneva?", "Did
 * Biden and Putin talk by phone?", "When did Nuland visit Moscow?") and turns them into a {@link
 * MeetingQuery}; any other question is not one of them. Thread-safe.
 */
public final class MeetingQuestions {
  private static final Pattern CONTACT =
      Pattern.compile(
          "(?i)\\b(met|meet|meets|meeting|meetings|talk|talks|talked|visit|visited|visits|call|called|phone|spoke|speak|summit|summits)\\b");
  private static final Pattern ASKING =
      Pattern.compile("(?i)^\\s*(who|whom|when|where|did|has|have|had|which|what|list|show)\\b");
  private static final Pattern PLACE =
      Pattern.compile("\\b(?:in|at|to)\\s+((?:\\p{Lu}[\\p{L}.'-]*\\s?){1,3})");
  private static final Pattern NAME =
      Pattern.compile("\\b\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+)*");
  private static final Pattern VISITED =
      Pattern.compile(
          "\\b(?i:visit(?:s|ed|ing)?)\\s+(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+)*)");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "who", "whom", "when", "where", "did", "has", "have", "had", "which", "what", "list",
          "show", "the", "i", "and");

  private final Set<String> places = Lexicons.get().places;

  public Optional<MeetingQuery> parse(String question) {
    String q = question.strip();
    if (!CONTACT.matcher(q).find() || !ASKING.matcher(q).find()) {
      return Optional.empty();
    }
    String place = null;
    Matcher pm = PLACE.matcher(q);
    while (pm.find()) {
      String candidate = pm.group(1).strip().replaceAll("[?.!,]+$", "");
      if (places.contains(candidate) || place == null && !candidate.isEmpty()) {
        place = candidate;
      }
    }
    List<String> names = new ArrayList<>();
    Matcher nm = NAME.matcher(q);
    while (nm.find()) {
      String n = nm.group().replaceAll("['’]s$", "").replaceAll("[?.!,]+$", "");
      // "Did Biden": the question word that opens the sentence is not part of the name.
      while (n.contains(" ")
          && NOT_NAMES.contains(n.substring(0, n.indexOf(' ')).toLowerCase(Locale.ROOT))) {
        n = n.substring(n.indexOf(' ') + 1);
      }
      if (!NOT_NAMES.contains(n.toLowerCase(Locale.ROOT)) && !n.equals(place)) {
        names.add(n);
      }
    }
    if (place == null) {
      // "When did Nuland visit Moscow?": a known place, or what is visited, is the place.
      Matcher visited = VISITED.matcher(q);
      String object = visited.find() ? visited.group(1) : null;
      for (String n : names) {
        if (places.contains(n) || n.equals(object)) {
          place = n;
          names.remove(n);
          break;
        }
      }
    }
    boolean phone = q.toLowerCase(Locale.ROOT).matches(".*\\b(phone|telephone|call|called)\\b.*");
    boolean visit = q.toLowerCase(Locale.ROOT).matches(".*\\bvisit(s|ed)?\\b.*");
    EventKind kind = phone ? EventKind.CALL : visit && names.size() <= 1 ? EventKind.VISIT : null;
    if (names.isEmpty() && place == null) {
      return q.toLowerCase(Locale.ROOT).contains("whom")
          ? Optional.of(MeetingQuery.ALL)
          : Optional.empty();
    }
    return Optional.of(
        new MeetingQuery(
            names.isEmpty() ? null : names.get(0),
            names.size() > 1 ? names.get(1) : null,
            place,
            kind,
            null,
            null));
  }
}
