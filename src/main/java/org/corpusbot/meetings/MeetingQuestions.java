package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.answer.QuestionNames;

/**
 * Recognises questions about contacts ("Who did Nuland meet?", "Who met whom in Geneva?", "Did
 * Biden and Putin talk by phone?", "When did Nuland visit Moscow?") and turns them into a {@link
 * MeetingQuery}; any other question is not one of them. Thread-safe.
 */
public final class MeetingQuestions {
  private static final Pattern CONTACT =
      Pattern.compile(
          "(?i)\\b(met|meet|meets|meeting|meetings|talk|talks|talked|visit|visited|visits|call|called|phone|spoke|speak|summit|summits)\\b");

  /**
   * What the contacts answer: who met whom, where, when, how often, whether. "Which/what" only when
   * it asks for people or places ("Which leaders did Biden meet?", not "Which talk show …").
   */
  private static final Pattern ASKING =
      Pattern.compile(
          "(?i)^\\s*(?:(?:with )?(?:who|whom)|when|where|did|has|have|had|list|show"
              + "|how (?:many times|often)"
              + "|(?:which|what) (?:\\p{L}+ )?(?:leaders?|officials?|presidents?|ministers?|people"
              + "|persons?|diplomats?|counterparts?|countries|country|cities|city|places?)\\b)\\b");

  /**
   * What was said, agreed or decided at a meeting, or why it was held: the passages answer that,
   * not a list of contacts.
   */
  private static final Pattern CONTENT =
      Pattern.compile(
          "(?i)\\b(?:why|about|say|said|says|agree|agreed|agreement|decide|decided|discuss"
              + "|discussed|announce|announced|sign|signed|promise|promised|warn|warned|tell|told"
              + "|ask|asked|demand|demanded|offer|offered|propose|proposed)\\b");

  /** The trigger words in senses that are no contact: a talk show, calls for, a phone maker. */
  private static final Pattern NOT_CONTACT =
      Pattern.compile(
          "(?i)\\btalk[- ](?:shows?|radio)\\b|\\bcall(?:s|ed|ing)? (?:for|on|off)\\b"
              + "|\\bso-called\\b|\\b(?:cell|smart|mobile)[- ]?phones?\\b|\\bphone (?:makers?|maker)\\b");

  private static final Pattern YES_NO =
      Pattern.compile("(?i)^\\s*(?:did|has|have|had|does|do|is|was|were)\\b");
  private static final Pattern PLACE =
      Pattern.compile("\\b(?:in|at|to)\\s+((?:\\p{Lu}[\\p{L}.'-]*\\s?){1,3})");
  private static final Pattern VISITED =
      Pattern.compile(
          "\\b(?i:visit(?:s|ed|ing)?)\\s+(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+)*)");

  private static final Pattern IN_PERSON =
      Pattern.compile("(?i)\\b(meet|met|meeting|meetings|visit|visited|visits|summit)\\b");
  private static final Pattern REMOTE =
      Pattern.compile(
          "(?i)\\b(call|called|phone|telephone|spoke|speak|talk|talked|talks|letter|wrote|virtual|video)\\b");

  /**
   * "talks on Ukraine", "a call about Iran": what a contact was about, right before a name, is no
   * one who met nor where (user trial 58: "Where did Macron meet Putin for their talks on Ukraine?"
   * looked for meetings in Ukraine).
   */
  private static final Pattern TOPIC =
      Pattern.compile("(?i)\\b(?:about|over|regarding|concerning)\\s+(?:the\\s+)?$");

  /**
   * "on" makes a topic of a country only: "talks on Ukraine", not "on Tuesday", "on Capitol Hill".
   */
  private static final Pattern ON = Pattern.compile("(?i)\\bon\\s+$");

  private final Set<String> countries = Set.copyOf(Lexicons.get().countries.values());

  private boolean topic(String q, String name) {
    int at = Math.max(0, q.indexOf(name));
    return TOPIC.matcher(q).region(0, at).find()
        || countries.contains(name) && ON.matcher(q).region(0, at).find();
  }

  private final Set<String> places = Lexicons.get().places;

  /**
   * True when the question asks about meetings in person ("Where did they meet?"), which a phone
   * call does not answer; false when it also speaks of calls, talks or letters.
   */
  public boolean inPersonOnly(String question) {
    return IN_PERSON.matcher(question).find() && !REMOTE.matcher(question).find();
  }

  /** True when the question wants a yes or a no ("Did Nuland visit Moscow?"). */
  public boolean yesNo(String question) {
    return YES_NO.matcher(question).find();
  }

  /** Whether {@code question} is worded as a contact question, whatever names it holds. */
  public boolean worded(String question) {
    String q = question.strip();
    return CONTACT.matcher(NOT_CONTACT.matcher(q).replaceAll(" ")).find()
        && ASKING.matcher(q).find()
        && !CONTENT.matcher(q).find();
  }

  public Optional<MeetingQuery> parse(String question) {
    String q = question.strip();
    if (!worded(q)) {
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
    for (String n : QuestionNames.in(q)) {
      if (!n.equals(place) && !topic(q, n)) {
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
