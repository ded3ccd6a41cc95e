package org.corpusbot.corpus;

import java.util.regex.Pattern;

/**
 * A page a scraper kept only the furniture of: a newsletter form, an advert's feedback widget, a
 * privacy notice, with no sentence of the story. Such a page still has its headline, which is the
 * one thing it reports; its body would otherwise sit in the index answering nothing. Thread-safe.
 */
final class PageFurniture {
  /**
   * Furniture lines a page must hold, besides nothing else: one byline, credit or "Copyright …"
   * line under a brief is that brief's, not a form.
   */
  static final int MIN_FURNITURE = 2;

  /**
   * Longer bodies are not looked at: a form or a widget is a few lines (the 61 such pages of the
   * rtqa corpus are 1,070 characters or less), and reading every sentence's patterns cost some 140
   * µs an article, a third more on loading all 6,089 rtqa articles.
   */
  static final int MAX_CHARS = 4_000;

  private static final Pattern BAR = Pattern.compile("\\s+\\|\\s+");

  private static final int MIN_WORDS = 4;

  private final SentenceSplitter splitter = new SentenceSplitter();

  /**
   * True when {@code text} holds at least {@link #MIN_FURNITURE} sentences that are furniture by
   * what they say ({@link BoilerplateSentences#isFurniture}) and no other sentence of four words or
   * more. Stricter than what an answer leaves out ({@link BoilerplateSentences#isBoilerplate}): a
   * line in capitals (a wire table, a headline-style brief) or in a script without capitals
   * (Chinese, Hebrew, Arabic) is reporting here. Stops at the first reporting sentence, which for a
   * story is its first or second; never reads a body over {@link #MAX_CHARS}.
   */
  boolean onlyFurniture(String text) {
    if (text.length() > MAX_CHARS) {
      return false;
    }
    int furniture = 0;
    for (int from = 0; from < text.length(); ) {
      int end = text.indexOf("\n\n", from);
      end = end < 0 ? text.length() : end;
      String paragraph = text.substring(from, end);
      from = end + 2;
      for (Span s : splitter.split(paragraph)) {
        String sentence = s.of(paragraph).strip();
        if (BoilerplateSentences.isFurniture(sentence)) {
          furniture++;
        } else if (reporting(sentence)) {
          return false;
        }
      }
    }
    return furniture >= MIN_FURNITURE;
  }

  private static boolean reporting(String sentence) {
    return sentence.split("\\s+").length >= MIN_WORDS
        || sentence.codePoints().anyMatch(PageFurniture::uncased);
  }

  /** A letter of a script without capitals: such a sentence is one word to a space count. */
  private static boolean uncased(int cp) {
    return Character.isLetter(cp) && !Character.isUpperCase(cp) && !Character.isLowerCase(cp);
  }

  /**
   * The headline without the site or section a bar sets apart ("… | The Week UK", "Opinion | …",
   * "World | Ukraine | … | The Week"): its longest part; {@code title} itself when it has no bar.
   */
  static String headline(String title) {
    String best = "";
    for (String part : BAR.split(title.strip())) {
      if (part.strip().length() > best.length()) {
        best = part.strip();
      }
    }
    return best.isEmpty() ? title.strip() : best;
  }
}
