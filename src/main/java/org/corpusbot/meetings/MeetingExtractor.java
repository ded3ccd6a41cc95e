package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
  /**
   * Any trigger of triggers.tsv as whole words, any case: only sentences holding one are tagged.
   * Built from the list itself, so a trigger added there is never filtered out before it is read.
   */
  static final Pattern PREFILTER = prefilter(Lexicons.get().triggers);

  /** A guest verb whose object is far more often a thing than a guest: see {@link Hosts}. */
  private static final List<String> RECEIVED = List.of("received");

  /** Meals "with" someone: "dinner with", "lunch with", "breakfast with". */
  private static final Set<String> MEALS = Set.of("dinner", "lunch", "breakfast");

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /**
   * "PARIS, March 31 -", and a city in capitals with an optional region and agency before a dash:
   * "WASHINGTON —", "KRAKOW, Poland (Reuters) -".
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:[A-Z][A-Za-z .,'-]{1,40}, (?:[A-Z][a-z]{2,8}\\.?) \\d{1,2} -"
              + "|[A-Z][A-Z .'-]{1,30}(?:, [A-Z][A-Za-z .]{1,30})?(?: \\([A-Za-z ]{1,20}\\))? ?[-—–]{1,2} )");

  private final Lexicons lex = Lexicons.get();
  private final Tagger tagger = new Tagger();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final MentionFinder mentions = new MentionFinder(lex);
  private final Roles roles = new Roles();
  private final EventDates dates = new EventDates();

  public List<ContactEvent> extract(Article article) {
    String text =
        LiveBlogHeaders.blanked(
            NotReports.withoutVideoEmbeds(
                NotReports.withoutLinkLabels(
                    Bylines.blanked(GalleryTitles.blanked(PhotoCredits.blanked(article.text()))))),
            lex);
    NameRegistry names = null;
    Referents refs = null;
    ShortNames shortNames = null;
    List<ContactEvent> out = new ArrayList<>();
    List<Span> spans = splitter.split(text);
    for (int n = 0; n < spans.size(); n++) {
      Span span = spans.get(n);
      String sentence = span.of(text);
      if (!PREFILTER.matcher(sentence).find()
          || BoilerplateSentences.isBoilerplate(sentence)
          || NotReports.question(sentence)) {
        continue;
      }
      if (names == null) {
        // The headline goes after the text: a full name found only there ("Roth" in the text,
        // "Sabine Roth" in the title) is still known, and never wins over the text's own.
        names = new NameRegistry(withHeadline(text, article.title()), text.length(), lex);
        refs = new Referents(text, names, lex, spans);
        shortNames = new ShortNames(text, refs.organisations(), lex);
      }
      Referents.Scope scope = refs.at(span.start());
      if (n > 0
          && QUOTE_OPENS.matcher(sentence).lookingAt()
          && FIRST_PERSON.matcher(sentence).find()) { // only "I", "my", "me" ask for a speaker
        scope = scope.carrying(lastSpeaker(text, spans.get(n - 1), span, names, shortNames));
      }
      List<ContactEvent> told = sentenceEvents(article, text, span, names, scope, shortNames);
      refs.told(told);
      out.addAll(told);
    }
    return merged(out);
  }

  /**
   * Whose quote the sentence {@code before} closes with, when {@code now} follows it in the same
   * paragraph (one character between; paragraphs are "\n\n" apart): "…,” Schumer said in a
   * statement. “I spoke with …" goes on quoting Schumer. Null otherwise; a new paragraph may quote
   * someone else.
   */
  private Participant lastSpeaker(
      String text, Span before, Span now, NameRegistry names, ShortNames shortNames) {
    if (now.start() - before.end() > 1 || before.end() - before.start() > MAX_QUOTE_SENTENCE) {
      return null;
    }
    List<Token> tokens = tagger.tag(text, before.start(), before.end());
    if (tokens.isEmpty()) {
      return null;
    }
    List<Mention> named = shortNames.addTo(tokens, mentions.find(tokens, names), names);
    return new Quotes(new Clause(tokens, named))
        .lastSpeaker()
        .map(Mention::participant)
        .orElse(null);
  }

  /** A sentence that opens with a quotation mark. */
  private static final Pattern QUOTE_OPENS = Pattern.compile("\\s*[\"“]");

  /** The words {@link Pronouns#quotedSpeaker} reads a carried speaker for. */
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|(?i:my|me))\\b");

  /** Longer sentences are not read for a speaker to carry on (lists, transcripts). */
  private static final int MAX_QUOTE_SENTENCE = 600;

  /** {@code text} is the article's text with its photo credits blanked. */
  private List<ContactEvent> sentenceEvents(
      Article article,
      String text,
      Span span,
      NameRegistry names,
      Referents.Scope refs,
      ShortNames shortNames) {
    List<Token> tokens = tagger.tag(text, span.start(), span.end());
    if (tokens.isEmpty()) {
      return List.of(); // too long to tag: not prose
    }
    List<Mention> named = shortNames.addTo(tokens, mentions.find(tokens, names), names);
    List<Mention> found = Relatives.without(withoutDateline(named, tokens, text, span), tokens);
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
      boolean needsGuest = trigger.guest() != Lexicons.Guest.ANY;
      Optional<Mention> guest =
          needsGuest ? Hosts.guestAt(tokens, found, to, trigger.guest()) : Optional.empty();
      boolean peopleOnly =
          needsGuest && (trigger.words().equals(RECEIVED) || Hosts.passive(tokens, to));
      if (Modality.blocked(tokens, i, to, trigger, lex.blockers)
          || needsGuest && guest.isEmpty()
          || trigger.verb() && WritersOwn.writers(tokens, i)) {
        continue;
      }
      // "said at a dinner with B": a meal after an article is a noun, its "with" read as a noun's
      boolean meal =
          trigger.verb()
              && MEALS.contains(trigger.words().get(0))
              && i > 0
              && ARTICLES.contains(tokens.get(i - 1).lower());
      Roles.Assignment a =
          roles.assign(
              tokens,
              found,
              i,
              meal ? to - 1 : to,
              trigger.verb() && !meal,
              trigger.withOnly(),
              trigger.kind(),
              refs);
      if (a.participants().size() == 1 && alone(trigger, tokens, i, to, a.participants().get(0))) {
        continue;
      }
      EventDates.Found date = Segments.dateFor(tokens, when, span.start(), i, starts);
      boolean future =
          date != null && article.date() != null && date.from().isAfter(article.date());
      if (!future) {
        for (List<Participant> side : a.separately()) {
          ContactEvent e =
              new ContactEvent(
                  article.id(),
                  side,
                  side.size() == a.participants().size() ? a.firstSide() : 0,
                  trigger.kind(),
                  a.place(),
                  date == null ? null : date.from(),
                  date == null ? null : date.to(),
                  span.of(article.text()), // the evidence as written, credits and all
                  span.start(),
                  span.end());
          if (reporting(e)) {
            continue; // "CNN spoke to Plesner", "Fox News called Gallrein": news reported, no
            // contact
          }
          e = Visits.checked(OwnCountries.without(CountryNames.of(e), lex, names), names, lex);
          e =
              e == null || guest.isEmpty()
                  ? e
                  : Hosts.checked(e, guest.get(), names, tokens, peopleOnly);
          // last: the sides it leaves are final ("UN" is "United Nations" by now, and no later
          // step turns a side it empties back into all pairs)
          e = e == null ? null : Acronyms.without(e);
          if (e != null) {
            out.add(e);
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether a contact with one participant only is no contact: a verb whose other side only "with"
   * names ("Romney discussed his decision", "A is negotiating a loan"), a bare "talked",
   * "conferred" or "negotiated" ("Trump has talked about drawing down troops", "Cameron negotiated
   * some concessions"), and "talks about" after a name, a verb ("Cindy McCain talks about …"). A
   * user asking whom Romney met would be shown these as his talks. A verb that names its other side
   * ("spoke with retailers", "met the principal"), a clause with an unread "with" side ("is
   * discussing with foreign fiscal authorities") and a company that "is negotiating" a deal keep
   * the one participant they could name.
   */
  private static boolean alone(
      Lexicons.Trigger trigger, List<Token> tokens, int from, int to, Participant only) {
    String words = String.join(" ", trigger.words());
    boolean about = to < tokens.size() && tokens.get(to).lower().equals("about");
    if (words.equals("talks") && about && to >= 2 && tokens.get(to - 2).capitalized()) {
      return true;
    }
    if (!trigger.withOnly() && !LONE_VERBS.contains(words) || withSomeone(tokens, from, to)) {
      return false; // "is discussing with foreign fiscal authorities": someone, if unnamed
    }
    // "Chrysler is discussing the supply of engines": a company's deal under way is negotiated with
    // someone; "Romney discussed his decision" is not
    boolean business =
        only.kind() == Participant.Kind.GROUP && PROGRESSIVE.contains(words) && from > 0;
    return !(business && BE.contains(tokens.get(from - 1).lower()));
  }

  /**
   * Whether the clause names a "with" side the rules could not read: "with" after the trigger
   * before the clause ends, or "with which"/"with whom" before it.
   */
  private static boolean withSomeone(List<Token> tokens, int from, int to) {
    for (int k = to; k < tokens.size() && k < to + 15; k++) {
      String w = tokens.get(k).lower();
      if (w.equals("with")) {
        return true;
      }
      if (Clause.STOPPERS.contains(w) || w.equals(".")) {
        break;
      }
    }
    for (int k = Math.max(1, from - 5); k < from; k++) {
      String w = tokens.get(k).lower();
      if (tokens.get(k - 1).lower().equals("with") && (w.equals("which") || w.equals("whom"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> LONE_VERBS =
      Set.of("talked", "conferred", "negotiated", "did talk");

  private static final Set<String> PROGRESSIVE = Set.of("discussing", "negotiating");

  private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be");

  /**
   * Whether a news outlet takes part: its talks and calls are interviews and race calls, which the
   * guidelines leave out. A company with an outlet's word ("CBS Inc" in merger talks) is a company.
   */
  private static boolean reporting(ContactEvent e) {
    return e.participants().stream()
        .anyMatch(
            p ->
                p.kind() == Participant.Kind.GROUP
                    && Clause.mediaName(p.name())
                    && !NameParts.isCompany(p.name()));
  }

  /**
   * The text with its headline after it, so that a name given in full only in the headline makes a
   * surname in the text that person ("Whitmer met …" under "Gretchen Whitmer meets …"); offsets in
   * the text stay as they are. A headline in capitals names no one reliably and is left out.
   */
  private static String withHeadline(String text, String title) {
    if (title == null || title.isBlank() || title.equals(title.toUpperCase(Locale.ROOT))) {
      return text;
    }
    return text + "\n\n" + title;
  }

  /**
   * A newswire dateline ("PARIS, March 31 -") names where the story was filed, not who met; news
   * digests open each item with one ("BONN - Chancellor …").
   */
  private static List<Mention> withoutDateline(
      List<Mention> found, List<Token> tokens, String text, Span span) {
    var m = DATELINE.matcher(text).region(span.start(), span.end());
    if (!m.lookingAt()) {
      return found;
    }
    int end = m.end();
    return found.stream().filter(x -> tokens.get(x.from()).start() >= end).toList();
  }

  private static Pattern prefilter(List<Lexicons.Trigger> triggers) {
    StringBuilder alternatives = new StringBuilder();
    for (Lexicons.Trigger t : triggers) { // longest first, as the list is sorted
      alternatives.append(alternatives.length() == 0 ? "" : "|");
      alternatives.append(String.join("\\s+", t.words().stream().map(Pattern::quote).toList()));
    }
    return Pattern.compile("(?i)\\b(?:" + alternatives + ")\\b");
  }

  private Lexicons.Trigger triggerAt(List<Token> tokens, int i) {
    if (i > 0 && tokens.get(i - 1).word().equals("-") && tokens.get(i).gluedTo(tokens.get(i - 1))) {
      return null; // "a hastily-called meeting": the second part of a compound is no verb
    }
    for (Lexicons.Trigger t : lex.triggers) {
      if (i + t.words().size() > tokens.size()) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < t.words().size() && match; k++) {
        match = tokens.get(i + k).lower().equals(t.words().get(k));
      }
      if (match && !(t.kind() == EventKind.LETTER && weapon(tokens, i + t.words().size()))) {
        return t;
      }
    }
    return null;
  }

  /** "a letter bomb was sent to the prime minister": a weapon, not a letter. */
  private static boolean weapon(List<Token> tokens, int after) {
    return after < tokens.size() && WEAPONS.contains(tokens.get(after).lower());
  }

  private static final Set<String> WEAPONS = Set.of("bomb", "bombs");

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
