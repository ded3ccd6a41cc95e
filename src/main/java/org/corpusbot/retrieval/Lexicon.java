package org.corpusbot.retrieval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The archive's vocabulary for components outside retrieval: the same analysis as the index (so
 * "talks" and "talk" are one term) and each term's inverse document frequency over passages.
 * Thread-safe.
 */
public final class Lexicon {
  private final Archive archive;
  private final QueryTerms analysis = new QueryTerms(CorpusIndex.analyzer());

  public Lexicon(Archive archive) {
    this.archive = archive;
  }

  /** Distinct analysed terms of {@code text}, in order. */
  public Set<String> terms(String text) {
    return analysis.terms(text);
  }

  /** Whether {@code word} is a whole word of English (the models' vocabulary), in any case. */
  public boolean english(String word) {
    return EnglishWords.has(word);
  }

  /** Those of the analysed {@code terms} that no passage holds, in one look-up. */
  public Set<String> unknown(Set<String> terms) {
    Map<String, Long> df = archive.terms().frequencies(terms).docFreq();
    Set<String> out = new HashSet<>();
    for (String t : terms) {
      if (df.getOrDefault(t, 0L) == 0) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * BM25's inverse document frequency of each term over passages; a term the index has never seen
   * gets the highest weight (it is as rare as can be).
   */
  public Map<String, Double> idf(Set<String> terms) {
    TermStats.Frequencies f = archive.terms().frequencies(terms);
    long n = Math.max(1, f.passages());
    Map<String, Double> out = new HashMap<>();
    for (String t : terms) {
      long df = f.docFreq().getOrDefault(t, 0L);
      out.put(t, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
    return out;
  }
}
