package org.corpusbot.answer;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Questions in another language than the corpus's (English). With a language model ({@link
 * Translator}) the question is searched in English and the answer given in the question's language,
 * its citations unchanged; offline, a plain reply in English says questions are understood in
 * English, instead of an unrelated answer found by words of another language. English questions
 * pass through untouched. Thread-safe.
 */
public final class LanguageGate implements AnswerComposer {
  private static final Logger log = LoggerFactory.getLogger(LanguageGate.class);
  public static final String ENGLISH_ONLY =
      "I understand questions in English only: the articles are in English. Please ask again in"
          + " English, for example \"Who met whom in Geneva?\"";
  private static final Pattern MARKER = Pattern.compile("\\[\\d+]");

  private final Translator translator;
  private final AnswerComposer next;

  /** {@code translator} null: offline, a foreign question gets {@link #ENGLISH_ONLY}. */
  public LanguageGate(Translator translator, AnswerComposer next) {
    this.translator = translator;
    this.next = next;
  }

  @Override
  public Answer answer(Question question) {
    return answer(question, null);
  }

  @Override
  public Answer answer(Question q, Consumer<String> progress) {
    Optional<String> language = QuestionLanguage.foreign(q.text());
    if (language.isEmpty()) {
      return next.answer(q, progress);
    }
    if (translator == null) {
      return new Answer(q.text(), false, ENGLISH_ONLY, List.of(), null, 0);
    }
    String english;
    try {
      english = translator.toEnglish(q.text());
    } catch (RuntimeException e) {
      log.warn("Translating a question ({}) failed ({}); asking for English", language.get(), e);
      return new Answer(q.text(), false, ENGLISH_ONLY, List.of(), null, 0);
    }
    // Progress would show the English text; the translated answer is shown whole instead.
    Answer a = next.answer(q.withText(english), null).withQuestion(q.text());
    return translated(q.text(), a);
  }

  /** The answer in the question's language, or in English with a note when that fails. */
  private Answer translated(String question, Answer a) {
    try {
      String text = translator.intoLanguageOf(question, a.text());
      if (markers(text).equals(markers(a.text())) && !text.isBlank()) {
        return new Answer(question, a.found(), text.strip(), a.citations(), a.note(), a.tookMs());
      }
      log.warn("The translated answer lost or changed its citations; answering in English");
    } catch (RuntimeException e) {
      log.warn("Translating an answer failed ({}); answering in English", e.toString());
    }
    return a.withNote("The answer could not be translated, so it is in English.");
  }

  private static String markers(String text) {
    Matcher m = MARKER.matcher(text);
    return m.results().map(r -> r.group()).sorted().collect(Collectors.joining());
  }
}
