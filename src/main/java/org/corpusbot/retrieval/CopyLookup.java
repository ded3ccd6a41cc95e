package org.corpusbot.retrieval;

import java.util.List;
import java.util.Map;
import org.corpusbot.corpus.Article;

/**
 * The copy keys of the last commit, for deciding duplicates: each lookup reads only the few
 * articles it finds (at most {@link #MAX_CANDIDATES} for a key or a band).
 */
public interface CopyLookup {
  int MAX_CANDIDATES = 200;

  /** An indexed article, served or duplicate, as it was read; null when there is none. */
  Article article(String id);

  /** Its entry, served or duplicate; null when none (or indexed before schema 3). */
  CopyEntry byId(String id);

  /** Served articles whose normalised text key is {@code textKey}. */
  List<CopyEntry> sameText(String textKey);

  /** Served articles whose canonical URL key is {@code urlKey}. */
  List<CopyEntry> sameUrl(String urlKey);

  /** Served articles sharing an LSH band with {@code bands}, those sharing most first. */
  List<CopyEntry> banded(List<String> bands);

  /** The duplicates recorded as copies of {@code id}. */
  List<CopyEntry> copiesOf(String id);

  /** The greatest arrival indexed, served or duplicate; 0 when none. */
  long lastArrival();

  /** Every indexed article's arrival by id: what a rebuild carries over. */
  Map<String, Long> arrivals();
}
