package org.corpusbot.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Whether a question is written in a language other than English, the corpus's (OpenNLP's language
 * detector, {@code opennlp-models-langdetect}: 103 languages, ISO 639-3 codes).
 *
 * <p>The model is trained on texts of two sentences or more and guesses wildly on a few words, so
 * it is asked only when the question leaves enough words to judge once its names are set aside
 * ("Olaf Scholz?" and "What did Emomali Rahmon tell Putin?" are English), and never when those
 * words are English function words; a question mostly in another script (Cyrillic, Arabic, Han) is
 * foreign whatever its length. NOTE: the model (10 MB in the jar, 37 MB of heap) is read once, at
 * the first question that gets past those checks: 8 s on this 2-core machine while it was busy with
 * two other builds, then 6 to 10 ms a question. Few English questions reach it (1 of the 176 dev
 * questions). Thread-safe ({@link LanguageDetectorME} keeps no state per call).
 */
public final class QuestionLanguage {
  private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+");
  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");

  /** Letters among the visible characters below which a text is no prose to judge. */
  private static final double PROSE_SHARE = 0.75;

  /** Distinct words left once names are out, below which no language is judged. */
  private static final int MIN_WORDS = 3;

  /**
   * A question with this share of English function words is English ("was" and "die" are German
   * words too, so one alone does not make it English).
   */
  private static final double ENGLISH_SHARE = 0.25;

  private static final Set<String> ENGLISH =
      Set.of(
          "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "about",
          "and", "or", "but", "what", "who", "whom", "whose", "which", "when", "where", "why",
          "how", "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "will",
          "would", "can", "could", "should", "this", "that", "these", "those", "it", "its", "he",
          "she", "they", "his", "her", "their", "say", "said", "much", "many", "after", "before",
          "last", "week", "year", "new", "tell", "me", "than", "most", "not", "be", "been");

  private QuestionLanguage() {}

  /** The ISO 639-3 code of the question's language when it is surely not English, else empty. */
  public static Optional<String> foreign(String question) {
    int letters = 0;
    int latin = 0;
    int visible = 0;
    for (int i = 0; i < question.length(); i++) {
      char c = question.charAt(i);
      visible += Character.isWhitespace(c) ? 0 : 1;
      if (Character.isLetter(c)) {
        letters++;
        latin += Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? 1 : 0;
      }
    }
    if (letters >= 2 && latin * 2 < letters) {
      return Optional.of(best(question).filter(l -> !"eng".equals(l)).orElse("und"));
    }
    // Markup, code or combining marks ("<script>…", "Z̵a̸l̷g̶o̷") are no language to judge.
    if (letters < PROSE_SHARE * visible || englishOrTooShort(question)) {
      return Optional.empty();
    }
    return best(question).filter(l -> !"eng".equals(l));
  }

  /**
   * True when, names set aside, the question has too few distinct words to judge ("summit summit …"
   * is one word) or enough English function words to be English.
   */
  private static boolean englishOrTooShort(String question) {
    int words = 0;
    int english = 0;
    Set<String> distinct = new HashSet<>();
    Matcher m = WORD.matcher(question);
    boolean first = true;
    while (m.find()) {
      String w = m.group();
      boolean name = !first && NAME.matcher(w).matches();
      first = false;
      if (!name) {
        words++;
        english += ENGLISH.contains(w.toLowerCase(Locale.ROOT)) ? 1 : 0;
        distinct.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return distinct.size() < MIN_WORDS || english >= ENGLISH_SHARE * words;
  }

  private static Optional<String> best(String text) {
    // The confidences are spread over 103 languages (the best of a short question has 0.01 to
    // 0.04), so the best language is taken as it is; the English share above guards English.
    Language l = Model.DETECTOR.predictLanguage(text);
    return Optional.of(l.getLang());
  }

  /** Loaded at first use only: a bot that never sees a foreign-looking question never reads it. */
  private static final class Model {
    static final LanguageDetectorME DETECTOR = load();

    private static LanguageDetectorME load() {
      try (InputStream in = QuestionLanguage.class.getResourceAsStream("/langdetect-183.bin")) {
        if (in == null) {
          throw new IllegalStateException("opennlp-models-langdetect is not on the class path");
        }
        return new LanguageDetectorME(new LanguageDetectorModel(in));
      } catch (IOException e) {
        throw new UncheckedIOException("reading the language detection model", e);
      }
    }
  }
}
