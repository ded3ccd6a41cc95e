package org.corpusbot.corpus;

/**
 * Where readers put what they find. Implementations count and log; readers never throw for bad
 * content, they report it here and carry on with the rest of the file.
 */
public interface LoadSink {
  /** A raw article found at {@code raw.where()}, to be cleaned and accepted or refused. */
  void found(RawArticle raw);

  /** Something at {@code where} was not loaded; {@code reason} is short and countable. */
  void skipped(String where, String reason, String detail);

  /** Something at {@code where} was loaded in a degraded form. */
  void degraded(String where, String detail);
}
