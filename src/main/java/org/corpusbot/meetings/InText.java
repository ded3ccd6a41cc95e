package org.corpusbot.meetings;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.corpusbot.corpus.Span;

/**
 * Whether what a model wrote is in an article: names as whole words, sentences whole, compared
 * case-insensitively with runs of spaces made one and typographic quotes and dashes made plain
 * (models retype them). One per article; not thread-safe.
 */
final class InText {
  private final String article;
  private final Map<String, Span> sentences = new HashMap<>();

  InText(String text, List<Span> spans) {
    this.article = normal(text);
    for (Span s : spans) {
      sentences.putIfAbsent(normal(s.of(text)), s);
    }
  }

  /** The sentence of the article that {@code sentence} is, or null. */
  Span sentence(String sentence) {
    return sentences.get(normal(sentence));
  }

  /**
   * True when {@code words} (not blank) occur as whole words in {@code evidence} or the article.
   */
  boolean occurs(String words, String evidence) {
    if (words == null || words.isBlank()) {
      return false;
    }
    Pattern p =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + Pattern.quote(normal(words)) + "(?![\\p{L}\\p{N}])");
    return p.matcher(normal(evidence)).find() || p.matcher(article).find();
  }

  static String normal(String s) {
    return s.replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u201C', '"')
        .replace('\u201D', '"')
        .replace('\u2013', '-')
        .replace('\u2014', '-')
        .replace('\u00A0', ' ')
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }
}
