package org.corpusbot.corpus;

import java.util.Locale;

/**
 * How much of the corpus one article may take. {@code maxArticleBytes} bounds a one-article file
 * (.txt, .md, .html) and one JSON line, checked before either is read, so one huge or endless file
 * costs nothing but a warning; JSON Lines files themselves are streamed, whatever their size.
 */
public record CorpusLimits(long maxArticleBytes) {
  /** The setting that sets the limit, named in warnings. */
  public static final String SETTING = "corpus.max-article-mb";

  /** 8 MB: a news article is well under 1 MB, an HTML page with inline scripts a few MB. */
  public static final CorpusLimits DEFAULT = new CorpusLimits(8L << 20);

  public CorpusLimits {
    if (maxArticleBytes < 1) {
      throw new IllegalArgumentException("maxArticleBytes must be positive");
    }
  }

  /** "12.3 MB; the limit (corpus.max-article-mb) is 8.0 MB", for a skip warning. */
  String tooLarge(long bytes) {
    return size(bytes) + "; the limit (" + SETTING + ") is " + size(maxArticleBytes);
  }

  static String size(long bytes) {
    if (bytes >= 1L << 20) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }
    return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
  }
}
