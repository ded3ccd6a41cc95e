package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.TEXT;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/** The Lucene index's {@link TermStats}: passages holding text, and document frequencies. */
final class LuceneTermStats implements TermStats {
  private final CorpusIndex index;

  LuceneTermStats(CorpusIndex index) {
    this.index = index;
  }

  @Override
  public Frequencies frequencies(Set<String> terms) {
    return index.search(
        s -> {
          IndexReader r = s.getIndexReader();
          Map<String, Long> df = new HashMap<>();
          for (String t : terms) {
            df.put(t, (long) r.docFreq(new Term(TEXT, t)));
          }
          return new Frequencies(r.getDocCount(TEXT), df);
        });
  }
}
