package org.corpusbot.summary;

import java.util.ArrayList;
import java.util.List;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.corpus.BoilerplateSentences;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.corpus.Span;

/**
 * The sentences of a text a summary may use: never a credit, byline, caption, call to subscribe or
 * fragment, nor one too long to read as a sentence (a run-on list or a table flattened to text).
 */
final class Sentences {
  static final int MIN_WORDS = 6;
  static final int MAX_WORDS = 70;

  private final SentenceSplitter splitter = new SentenceSplitter();

  /**
   * The usable sentences of {@code text}, a piece of an article's text that starts at {@code
   * offset} in it; the sentences' offsets are into the whole article text.
   */
  List<Sentence> of(ArticleInfo article, String text, int offset) {
    List<Sentence> out = new ArrayList<>();
    int position = 0;
    int paragraph = 0;
    // The next paragraph break, found once: searching again from the last one for every sentence
    // made a text without breaks (a 30 MB single line) cost 40 s.
    int nextBreak = text.indexOf("\n\n");
    for (Span s : splitter.split(text)) {
      while (nextBreak >= 0 && nextBreak < s.start()) {
        paragraph++;
        nextBreak = text.indexOf("\n\n", nextBreak + 2);
      }
      String sentence = text.substring(s.start(), s.end());
      int words = words(sentence);
      if (words < MIN_WORDS || words > MAX_WORDS || BoilerplateSentences.isBoilerplate(sentence)) {
        continue;
      }
      out.add(
          new Sentence(
              article,
              sentence,
              offset + s.start(),
              offset + s.end(),
              position++,
              paragraph,
              words));
    }
    return out;
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
