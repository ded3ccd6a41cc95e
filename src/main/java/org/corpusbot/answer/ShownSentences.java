package org.corpusbot.answer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a candidate sentence may be shown as a sentence of the story: its dateline ("Washington
 * (CNN) —", "MANILA —", "NEW YORK, Jan 5 (Reuters) -") is cut, offsets kept exact; photo captions,
 * credits, bylines, "Read more" lines, correction notes ("Correction: A previous version of this
 * story misstated …", about the story, not news) and the headline repeated are not sentences of the
 * story at all. The index keeps them (its format is not this class's business); they are only never
 * shown as an answer. Pure and thread-safe.
 */
final class ShownSentences {
  private static final String PLACE = "[A-Z][\\p{L}.'’-]*(?: [A-Z][\\p{L}.'’-]*){0,3}";
  private static final String REGION = "(?:, ?" + PLACE + ")?";
  private static final String DAY = "(?:,? [A-Z][a-z]{2,8}\\.? \\d{1,2})?";

  /** A place and an agency in brackets, or a place in capitals, then a dash. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:(?:"
              + PLACE
              + REGION
              + DAY
              + " ?)?\\([A-Z][\\w .&-]{0,24}\\)(?: ?[—–-]+)? ?"
              + "|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
              + REGION
              + "(?: [—–-]+ |[—–]+ ?))");

  private static final Pattern NOT_STORY =
      Pattern.compile(
          "(?i)^(?:above|below|top|pictured|photo|photos|image|images|video|caption|file photo"
              + "|graphic|chart|map|watch|read|more|related|see also|also read|editor's note"
              + "|corrections?|clarifications?)\\s*:"
              + "|\\((?:photo|image)s? (?:by|courtesy)\\b|\\bgetty images\\b|\\bap photo\\b"
              + "|\\bvia reuters\\b|/ ?(?:ap|afp|reuters|getty)\\)?\\s*$"
              + "|^read (?:more|the full)\\b|^(?:click|tap) here\\b|^sign up\\b|^subscribe\\b"
              + "|contributed (?:to )?(?:this|reporting)\\b"
              // a live blog's stamp: "11:23 am ET April 28, 2026 Share this update" (user trial 58)
              + "|\\b(?-i:Share this (?:update|post|article|story))\\b");

  /**
   * A question of the story's own, not in quotes: an explainer's subheading ("What has Gavin Newsom
   * said?", "Why did Trump call in the National Guard?") or a rhetorical one, which answers nothing
   * (user trial 58 showed such subheadings as answers). A question someone asked, in quotes, is
   * what they said.
   */
  private static final Pattern OWN_QUESTION = Pattern.compile("^[^“”\"]*\\?\\s*$");

  /**
   * A caption opening with its credit, a photographer and agencies ending in a photo agency, then
   * the caption's capitalised first word ("Pratham Gokhale/Hindustan Times/Sipa/Reuters Students
   * carry …", "Sherwin Crasto/AP A man bows …"), or an agency alone before a name ("AP Jawaharlal
   * Nehru and …"). Case-sensitive: "The Pfizer/BioNTech vaccine", "New York Times/Siena College
   * polling", "Reuters first reported" and "EPA Administrator Michael Regan" are news.
   */
  private static final Pattern CREDIT_OPENING =
      Pattern.compile(
          "^[A-Z][\\p{L}.'’-]+(?: [A-Z][\\p{L}.'’-]+){1,3}(?:/[^/\\s]+(?: [^/\\s]+){0,3})*"
              + "/(?:AP|AFP|Reuters|Getty Images|Sipa(?: USA)?|EPA(?:-EFE)?|Shutterstock|Bloomberg"
              + "|ZUMA Press|Alamy|NurPhoto|Anadolu(?: Agency)?|Pool|Gamma-Rapho|Redux|Polaris"
              + "|Abaca) [A-Z]"
              + "|^(?:AP|AFP|Reuters|Getty Images|Shutterstock) [A-Z][\\p{L}.'’-]+ [A-Z]");

  /**
   * A line without closing punctuation is a heading or a link to another story ("Why we feel sleepy
   * after a big Thanksgiving meal"), not a sentence of this one.
   */
  private static final Pattern HEADING = Pattern.compile("[^.!?…\"”’')\\]]\\s*$");

  /** Characters a dateline can span: four-word place, region, day and agency. */
  private static final int PREFIX = 120;

  private ShownSentences() {}

  /**
   * {@code c} as shown: without a dateline, or empty when it is a caption, credit, byline,
   * read-more line or the article's title repeated.
   */
  static Optional<Candidate> shown(Candidate c) {
    int cut = datelineLength(c.text());
    Candidate s = cut > 0 ? c.withoutFirst(cut) : c;
    if (NOT_STORY.matcher(s.text()).find()
        || CREDIT_OPENING.matcher(s.text()).find()
        || OWN_QUESTION.matcher(s.text()).matches() && !insideQuote(c)) {
      return Optional.empty();
    }
    if (headlineOnly(c)) {
      return Optional.of(s);
    }
    if (HEADING.matcher(s.text()).find() || sameWords(s.text(), c.hit().article().title())) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /**
   * Whether {@code c} stands inside a quotation its passage opened before it: "“We will build it.
   * Who is going to pay for it?” he asked." splits into sentences without their marks (review 58).
   */
  private static boolean insideQuote(Candidate c) {
    var p = c.hit().passage();
    int at = Math.max(0, Math.min(p.text().length(), c.start() - p.start()));
    String before = p.text().substring(0, at);
    long open = before.chars().filter(ch -> ch == '“').count();
    long close = before.chars().filter(ch -> ch == '”').count();
    long straight = before.chars().filter(ch -> ch == '"').count();
    return open > close || straight % 2 == 1;
  }

  /** How many leading characters of {@code sentence} are its dateline (0: none). */
  static int datelineLength(String sentence) {
    // NOTE: every candidate sentence passes here; a dateline is short and ends in a dash or a
    // bracket, so the costly pattern only ever sees a prefix that has one.
    String head = sentence.substring(0, Math.min(PREFIX, sentence.length()));
    if (head.chars().noneMatch(ch -> ch == '—' || ch == '–' || ch == '-' || ch == ')')) {
      return 0;
    }
    Matcher m = DATELINE.matcher(head);
    if (!m.find() || m.end() >= sentence.length()) {
      return 0;
    }
    // what follows must be a sentence: "U.S. — and its allies" has no dateline
    return Character.isUpperCase(sentence.charAt(m.end())) || sentence.charAt(m.end()) == '“'
        ? m.end()
        : 0;
  }

  /**
   * True when {@code c} is the whole of an article that is its headline: a page kept without its
   * story (see {@code corpus.PageFurniture}), whose headline, or the longest part of it between
   * bars, is the one thing it reports. Whole words of the title, so a body cut off mid-word ("…
   * killing thr") is not one.
   */
  private static boolean headlineOnly(Candidate c) {
    var p = c.hit().passage();
    String title = c.hit().article().title();
    return p.ordinal() == 0
        && p.start() == 0
        && c.start() == 0
        && c.end() == p.end()
        && title != null
        && !words(c.text()).isEmpty()
        && (" " + words(title) + " ").contains(" " + words(c.text()) + " ");
  }

  private static boolean sameWords(String sentence, String title) {
    return title != null && !title.isBlank() && words(sentence).equals(words(title));
  }

  private static String words(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
