package org.corpusbot.corpus;

import java.util.regex.Pattern;

/**
 * A page a scraper kept only the furniture of: a newsletter form, an advert's feedback widget, a
 * privacy notice, with no sentence of the story. Such a page still has its headline, which is the
 * one thing it reports; its body would otherwise sit in the index answering nothing. Thread-safe.
 */
final class PageFurniture {
  /** The site a headline ends with after a bar ("… | The Week UK", "… | CNN Politics"). */
  private static final Pattern SITE = Pattern.compile("\\s+\\|\\s+[^|]*$");

  private final SentenceSplitter splitter = new SentenceSplitter();

  /**
   * True when no sentence of {@code text} is reporting ({@link BoilerplateSentences}) and at least
   * one is furniture by what it says: a body of two short lines ("Markets rose.") is a short story,
   * not a form. Stops at the first reporting sentence, which for a story is its first or second.
   */
  boolean onlyFurniture(String text) {
    boolean furniture = false;
    for (String paragraph : text.split("\n\n")) {
      for (Span s : splitter.split(paragraph)) {
        String sentence = s.of(paragraph);
        if (!BoilerplateSentences.isBoilerplate(sentence)) {
          return false;
        }
        furniture |= BoilerplateSentences.isFurniture(sentence);
      }
    }
    return furniture;
  }

  /** The headline without the site after its bar; {@code title} itself when nothing is left. */
  static String headline(String title) {
    String h = SITE.matcher(title).replaceFirst("").strip();
    return h.isEmpty() ? title.strip() : h;
  }
}
