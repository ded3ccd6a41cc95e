package org.corpusbot.corpus;

import java.io.IOException;

/**
 * Reads the articles of one file format.
 *
 * <p>Contract: bad content (a malformed line, a missing body) is reported to the sink and the rest
 * of the file is still read; only failing to read the file at all throws.
 */
public interface ArticleReader {
  /** True when this reader handles the file, judged by its name. */
  boolean accepts(String fileName);

  /** True when a file holds many articles, so that its name alone cannot be an article's id. */
  default boolean manyPerFile() {
    return false;
  }

  void read(SourceFile file, LoadSink sink) throws IOException;
}
