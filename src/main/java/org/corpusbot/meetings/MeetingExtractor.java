package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.BoilerplateSentences;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.corpus.Span;

/**
 * Extracts contact events (meetings, summits, talks, visits, calls, virtual talks, letters) from an
 * article: careful rules on OpenNLP tokens and tags, with the word lists in {@link Lexicons}.
 *
 * <p>A trigger is skipped when the words before it make it a plan, a wish or a negation ("agreed to
 * begin", "will meet", "did not meet"), when it only refers back ("after the summit"), when
 * "called" is an appeal ("called for"), and when its date lies after the article's. Only sentences
 * holding a trigger word are tagged, which keeps extraction cheap. Thread-safe.
 */
public final class MeetingExtractor {
  private static final Pattern PREFILTER =
      Pattern.compile(
          "(?i)\\b(?:met|meets?|meetings?|talks|talked|summit|visit(?:s|ed|ing)?|call(?:ed)?|phoned|telephoned|telephone|phone|conferred|negotiated|video|videoconference|letter|wrote)\\b");
  private static final Set<String> BACK_REFERENCE =
      Set.of("after", "before", "since", "following", "ahead");
  private static final Set<String> DEFINITE =
      Set.of("the", "this", "that", "these", "those", "last", "previous");
  private static final Set<String> NOT_A_CALL =
      Set.of(
          "for", "on", "off", "upon", "it", "in", "a", "an", "the", "them", "this", "that", "him",
          "her");

  private final Lexicons lex = Lexicons.get();
  private final Tagger tagger = new Tagger();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final MentionFinder mentions = new MentionFinder(lex);
  private final Roles roles = new Roles();
  private final EventDates dates = new EventDates();

  public List<ContactEvent> extract(Article article) {
    String text = article.text();
    NameRegistry names = null;
    List<ContactEvent> out = new ArrayList<>();
    for (Span span : splitter.split(text)) {
      String sentence = span.of(text);
      if (!PREFILTER.matcher(sentence).find() || BoilerplateSentences.isBoilerplate(sentence)) {
        continue;
      }
      if (names == null) {
        names = new NameRegistry(text, lex);
      }
      out.addAll(sentenceEvents(article, span, names));
    }
    return merged(out);
  }

  private List<ContactEvent> sentenceEvents(Article article, Span span, NameRegistry names) {
    String text = article.text();
    List<Token> tokens = tagger.tag(text, span.start(), span.end());
    List<Mention> found = mentions.find(tokens, names);
    List<EventDates.Found> when = dates.find(span.of(text), article.date());
    List<Integer> starts = new ArrayList<>();
    List<Lexicons.Trigger> triggers = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Lexicons.Trigger trigger = triggerAt(tokens, i);
      if (trigger != null) {
        starts.add(i);
        triggers.add(trigger);
        i += trigger.words().size() - 1;
      }
    }
    List<ContactEvent> out = new ArrayList<>();
    for (int n = 0; n < starts.size(); n++) {
      int i = starts.get(n);
      Lexicons.Trigger trigger = triggers.get(n);
      int to = i + trigger.words().size();
      if (blocked(tokens, i, to, trigger)) {
        continue;
      }
      Roles.Assignment a = roles.assign(tokens, found, i, to, trigger.verb(), trigger.kind());
      EventDates.Found date = Segments.dateFor(tokens, when, span.start(), i, starts);
      boolean future =
          date != null && article.date() != null && date.from().isAfter(article.date());
      if (!a.participants().isEmpty() && !future) {
        out.add(
            new ContactEvent(
                article.id(),
                a.participants(),
                trigger.kind(),
                a.place(),
                date == null ? null : date.from(),
                date == null ? null : date.to(),
                span.of(text),
                span.start(),
                span.end()));
      }
    }
    return out;
  }

  private Lexicons.Trigger triggerAt(List<Token> tokens, int i) {
    for (Lexicons.Trigger t : lex.triggers) {
      if (i + t.words().size() > tokens.size()) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < t.words().size() && match; k++) {
        match = tokens.get(i + k).lower().equals(t.words().get(k));
      }
      if (match) {
        return t;
      }
    }
    return null;
  }

  private boolean blocked(List<Token> t, int from, int to, Lexicons.Trigger trigger) {
    if (trigger.kind() == EventKind.CALL && trigger.words().equals(List.of("called"))) {
      if (to >= t.size()
          || NOT_A_CALL.contains(t.get(to).lower())
          || !t.get(to).capitalized()
          || from > 0 && t.get(from - 1).lower().equals("so")) {
        return true; // "called for an end", "so-called", "called it"
      }
    }
    for (int k = from - 1; k >= Math.max(0, from - 5); k--) {
      String w = t.get(k).lower();
      if (w.equals(",") || w.equals(";")) {
        break;
      }
      if (lex.blockers.contains(w) || w.equals("to") && k == from - 1 && trigger.verb()) {
        return true;
      }
    }
    if (from >= 2
        && BACK_REFERENCE.contains(t.get(from - 2).lower())
        && DEFINITE.contains(t.get(from - 1).lower())) {
      return true; // "after the summit": a reference to one already told
    }
    for (int k = to; k < Math.min(t.size(), to + 3); k++) {
      String w = t.get(k).lower();
      if (w.equals("scheduled")
          || w.equals("planned")
          || w.equals("proposed")
          || w.equals("due")
          || w.equals("expected")
          || w.equals("will")
          || w.equals("set") && k + 1 < t.size() && t.get(k + 1).lower().matches("for|to")) {
        return true;
      }
    }
    return false;
  }

  /** One event per kind and set of participants: repeated mentions keep the most informative. */
  private static List<ContactEvent> merged(List<ContactEvent> events) {
    List<ContactEvent> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ContactEvent e : events) {
      String key =
          e.kind()
              + "|"
              + e.participants().stream()
                  .map(Participant::key)
                  .sorted()
                  .collect(Collectors.joining("+"));
      if (seen.add(key)) {
        out.add(e);
        continue;
      }
      for (int i = 0; i < out.size(); i++) {
        ContactEvent o = out.get(i);
        String k =
            o.kind()
                + "|"
                + o.participants().stream()
                    .map(Participant::key)
                    .sorted()
                    .collect(Collectors.joining("+"));
        if (k.equals(key) && info(e) > info(o)) {
          out.set(i, e);
        }
      }
    }
    return out;
  }

  private static int info(ContactEvent e) {
    return (e.place() != null ? 1 : 0) + (e.dateFrom() != null ? 1 : 0);
  }
}
