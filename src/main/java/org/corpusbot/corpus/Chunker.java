package org.corpusbot.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs an article's sentences into passages of about {@code targetChars}, never splitting a
 * sentence, so that each passage is a verbatim, citable span of the article.
 *
 * <p>A passage stays within its paragraph unless the paragraph is shorter than a third of the
 * target (a one-line paragraph on its own retrieves poorly); a sentence longer than the target is a
 * passage of its own.
 */
public final class Chunker {
  private final SentenceSplitter splitter;
  private final int targetChars;

  public Chunker(SentenceSplitter splitter, int targetChars) {
    if (targetChars < 100) {
      throw new IllegalArgumentException("chunk target must be at least 100 characters");
    }
    this.splitter = splitter;
    this.targetChars = targetChars;
  }

  public List<Passage> chunk(Article article) {
    String text = article.text();
    List<Passage> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (Span s : splitter.split(text)) {
      if (start >= 0 && shouldBreak(text, start, end, s)) {
        out.add(passage(article, out.size(), start, end));
        start = -1;
      }
      if (start < 0) {
        start = s.start();
      }
      end = s.end();
    }
    if (start >= 0) {
      out.add(passage(article, out.size(), start, end));
    }
    return out;
  }

  private boolean shouldBreak(String text, int start, int end, Span next) {
    if (next.end() - start > targetChars) {
      return true;
    }
    boolean newParagraph = text.substring(end, next.start()).contains("\n\n");
    return newParagraph && end - start >= targetChars / 3;
  }

  private static Passage passage(Article a, int ordinal, int start, int end) {
    return new Passage(a.id(), ordinal, start, end, a.text().substring(start, end));
  }
}
