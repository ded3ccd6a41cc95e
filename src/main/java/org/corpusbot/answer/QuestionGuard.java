package org.corpusbot.answer;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.corpusbot.corpus.TextCleaner;

/**
 * The first step for every question, whoever asks it (console, command line, Telegram): control and
 * direction characters out, spaces single, and a polite refusal for a question too long to be one.
 *
 * <p>NOTE: the limit is a cost bound, not a style rule. Every later step (names, dates, BM25 terms,
 * the query vector, the model's prompt) grows with the question; {@value #MAX_CHARS} characters
 * holds any real question (Telegram itself allows 4,096 for a message) while a pasted megabyte is
 * refused at once instead of costing seconds. Thread-safe.
 */
public final class QuestionGuard implements AnswerComposer {
  public static final int MAX_CHARS = 2000;
  private static final Pattern CONTROL =
      Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");

  private final AnswerComposer next;

  public QuestionGuard(AnswerComposer next) {
    this.next = next;
  }

  @Override
  public Answer answer(Question question) {
    return answer(question, null);
  }

  @Override
  public Answer answer(Question q, Consumer<String> progress) {
    String text = clean(q.text());
    if (text.length() > MAX_CHARS) {
      return new Answer(
          abbreviated(text),
          false,
          "That question is too long ("
              + String.format("%,d", text.length())
              + " characters). Please ask it in under "
              + String.format("%,d", MAX_CHARS)
              + " characters.",
          List.of(),
          null,
          0);
    }
    return next.answer(q.withText(text), progress);
  }

  /** The question without control characters, on one line. */
  public static String clean(String text) {
    return TextCleaner.cleanLine(CONTROL.matcher(text).replaceAll(" "));
  }

  private static String abbreviated(String text) {
    return text.substring(0, 200) + "…";
  }
}
