package org.corpusbot.answer;

/**
 * Translates questions into the corpus's language and answers back into the asker's. Thread-safe.
 * Both methods throw {@link RuntimeException} when no usable translation came; the caller falls
 * back.
 */
public interface Translator {
  /** {@code question} in English. */
  String toEnglish(String question);

  /**
   * {@code answer} in the language {@code question} is written in, every {@code [n]} kept as it is.
   */
  String intoLanguageOf(String question, String answer);
}
