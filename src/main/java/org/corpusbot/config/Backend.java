package org.corpusbot.config;

import java.util.Locale;

/**
 * Where the archive (articles, passages, vectors, contacts) is kept: {@link #LUCENE}, an embedded
 * index in the data folder (the default, one machine), or {@link #SOLR}, a SolrCloud collection
 * shared by any number of processes (see {@link SolrSettings}).
 */
public enum Backend {
  LUCENE,
  SOLR;

  public static Backend parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown backend '" + s + "'; choose lucene or solr");
    }
  }

  /** The name used in settings and on the command line. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
