package org.corpusbot.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Tokenizes and part-of-speech tags sentences with OpenNLP's English UD-EWT models (from Maven
 * Central, loaded from the classpath). The models are shared; the taggers themselves are not
 * thread-safe, so each thread gets its own.
 */
final class Tagger {
  /**
   * Sentences with more tokens are not tagged (no contacts are read from them). NOTE: OpenNLP's
   * beam search copies each candidate sequence at every token, so tagging costs time quadratic in
   * the sentence's length: 8,500 tokens took 8 s. The longest sentence holding a contact word in
   * rtqa and Reuters has 153 tokens.
   */
  static final int MAX_TOKENS = 250;

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "rep", "reps", "sen", "sens", "gov", "govs", "gen", "lt", "col", "capt", "sgt", "maj",
          "adm", "dr", "mr", "mrs", "ms", "rev", "jr", "sr", "st", "u.s", "u.k", "u.n");

  private static final TokenizerModel TOKENS =
      load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
  private static final POSModel POS = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);

  private final ThreadLocal<TokenizerME> tokenizer =
      ThreadLocal.withInitial(() -> new TokenizerME(TOKENS));
  private final ThreadLocal<POSTaggerME> pos = ThreadLocal.withInitial(() -> new POSTaggerME(POS));

  private interface ModelLoader<M> {
    M load(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelLoader<M> loader) {
    try (InputStream in = Tagger.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model missing from the classpath: " + resource);
      }
      return loader.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }

  /**
   * Title abbreviations the tokenizer split from their point ("Rep" "." in "Rep. Tom Lind") joined
   * again, so that the title stays a title (the sentence's last point is never joined); a bullet
   * glued to a word ("►Zelensky") split from it.
   */
  /**
   * A subject pronoun glued to an auxiliary: "he'd", "she’ll", "they've" (not "'re", "'m": tagged
   * as punctuation, they cost the subject).
   */
  private static final Pattern CONTRACTED =
      Pattern.compile("(?i)(he|she|they|we|i|you|it)['’](?:d|ll|ve)");

  private static Span[] withAbbreviations(Span[] spans, String sentence) {
    List<Span> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      Span s = spans[i];
      char c = sentence.charAt(s.getStart());
      boolean symbol = Character.getType(c) == Character.OTHER_SYMBOL || c == '•';
      if (symbol && s.length() > 1 && Character.isLetter(sentence.charAt(s.getStart() + 1))) {
        out.add(new Span(s.getStart(), s.getStart() + 1)); // "►Zelensky": a bullet, then a name
        s = new Span(s.getStart() + 1, s.getEnd());
      }
      boolean split =
          i + 1 < spans.length - 1
              && spans[i + 1].getStart() == s.getEnd()
              && ".".contentEquals(spans[i + 1].getCoveredText(sentence))
              && (ABBREVIATIONS.contains(
                      s.getCoveredText(sentence).toString().toLowerCase(Locale.ROOT))
                  || initial(s.getCoveredText(sentence))); // "Robert F. Kennedy Jr."
      Matcher contraction = CONTRACTED.matcher(s.getCoveredText(sentence));
      if (split || apostropheSplit(spans, i, s, sentence)) {
        out.add(new Span(s.getStart(), spans[i + 1].getEnd()));
        i++;
      } else if (contraction.matches()) {
        // "he'd", "they’ve", "she'll": the pronoun and its auxiliary, as the tagger was trained
        // ("Biden said he'd spoken with Trump" had no subject; "he'll meet" no "will")
        int cut = s.getStart() + contraction.end(1);
        out.add(new Span(s.getStart(), cut));
        out.add(new Span(cut, s.getEnd()));
      } else if (i == spans.length - 1 && gluedStop(s.getCoveredText(sentence).toString())) {
        out.add(new Span(s.getStart(), s.getEnd() - 1)); // "… met with Shavkat Mirziyoyev."
        out.add(new Span(s.getEnd() - 1, s.getEnd()));
      } else {
        out.add(s);
      }
    }
    return out.toArray(new Span[0]);
  }

  /**
   * A name ending in "s" whose possessive apostrophe the tokenizer split off ("Netherlands" "'"
   * "most"): joined again, so that the name owns what follows as "Cyprus'" does.
   */
  private static boolean apostropheSplit(Span[] spans, int i, Span s, String sentence) {
    if (i + 2 >= spans.length || spans[i + 1].getStart() != s.getEnd()) {
      return false;
    }
    String mark = spans[i + 1].getCoveredText(sentence).toString();
    return (mark.equals("'") || mark.equals("’"))
        && ownsWithApostrophe(
            s.getCoveredText(sentence).toString(),
            spans[i + 2].getCoveredText(sentence).toString(),
            sentence,
            s.getStart());
  }

  /**
   * Whether {@code name}, followed by an apostrophe alone and then {@code next}, owns what follows:
   * a capitalised word ending in "s" before a lower-case word ("Cyprus' permanent representative"),
   * not inside a name ("Waterside Workers' Federation") nor where the mark closes a quotation
   * opened before {@code at}.
   */
  private static boolean ownsWithApostrophe(String name, String next, String sentence, int at) {
    return name.length() > 2
        && Character.isUpperCase(name.charAt(0))
        && name.endsWith("s")
        && !next.isEmpty()
        && Character.isLowerCase(next.charAt(0))
        && !quoteOpenBefore(sentence, at);
  }

  /**
   * Whether a single quotation mark opens before {@code at} ("talks with the 'Friends of the
   * Philippines' on Monday"), so that a mark after a word ending in "s" may close it rather than
   * make a possessive.
   */
  private static boolean quoteOpenBefore(String sentence, int at) {
    for (int j = 0; j < at; j++) {
      char ch = sentence.charAt(j);
      boolean opens =
          (ch == '‘' || ch == '\'')
              && (j == 0 || Character.isWhitespace(sentence.charAt(j - 1)))
              && j + 1 < sentence.length()
              && Character.isLetter(sentence.charAt(j + 1));
      if (opens) {
        return true;
      }
    }
    return false;
  }

  /**
   * A capital letter alone: a middle initial the tokenizer split from its point for some letters
   * ("F" "." in "Robert F. Kennedy", not "W." in "George W. Bush"), which broke the name in two.
   */
  private static boolean initial(CharSequence w) {
    return w.length() == 1 && Character.isUpperCase(w.charAt(0));
  }

  /** Abbreviations whose point the sentence's last word keeps: "Inc.", "Jr.", "D.C.". */
  private static final Set<String> KEEP_POINT = Set.of("inc", "corp", "ltd", "bros", "plc", "co");

  /**
   * Whether the sentence's last token is a word with the sentence's full stop glued to it (the
   * tokenizer's model does so for some unfamiliar names: "Mirziyoyev."), not an abbreviation.
   */
  private static boolean gluedStop(String w) {
    int n = w.length();
    if (n < 4 || w.charAt(n - 1) != '.' || w.indexOf('.') != n - 1) {
      return false;
    }
    String word = w.substring(0, n - 1).toLowerCase(Locale.ROOT);
    return word.chars().allMatch(Character::isLetter)
        && !ABBREVIATIONS.contains(word)
        && !KEEP_POINT.contains(word);
  }

  /**
   * The tokens of {@code text[start, end)}, with offsets in {@code text}; none for a sentence of
   * more than {@link #MAX_TOKENS} tokens.
   */
  List<Token> tag(String text, int start, int end) {
    String sentence = text.substring(start, end);
    Span[] spans = withAbbreviations(tokenizer.get().tokenizePos(sentence), sentence);
    if (spans.length > MAX_TOKENS) {
      return List.of();
    }
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = spans[i].getCoveredText(sentence).toString();
    }
    String[] tags = pos.get().tag(words);
    for (int i = 2; i < spans.length; i++) {
      boolean glued =
          words[i - 1].equals("-")
              && spans[i - 2].getEnd() == spans[i - 1].getStart()
              && spans[i - 1].getEnd() == spans[i].getStart();
      if (glued && Character.isLowerCase(words[i].charAt(0))) {
        // "a hastily-called meeting", "so-called": the compound qualifies a noun; its second
        // part, tagged as a verb, had ended the phrase the noun stands in
        tags[i] = "ADJ";
      }
    }
    List<Token> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      String w = words[i];
      boolean possessive = w.endsWith("’s") || w.endsWith("'s");
      boolean bare =
          !possessive
              && (w.endsWith("’") || w.endsWith("'"))
              && i + 1 < words.length
              && ownsWithApostrophe(
                  w.substring(0, w.length() - 1), words[i + 1], sentence, spans[i].getStart());
      String word =
          possessive && w.length() > 2
              ? w.substring(0, w.length() - 2)
              : bare ? w.substring(0, w.length() - 1) : w;
      possessive |= bare;
      out.add(
          new Token(
              i,
              w,
              word,
              start + spans[i].getStart(),
              start + spans[i].getEnd(),
              tags[i],
              possessive));
    }
    return out;
  }
}
