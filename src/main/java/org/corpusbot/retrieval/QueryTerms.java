package org.corpusbot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds keyword queries from arbitrary user text without a query parser: the text goes through the
 * same analyzer as the index and each distinct term becomes an optional clause. Nothing the user
 * types ({@code ?}, {@code *}, quotes, {@code AND}, brackets) is syntax, so no input can fail to
 * parse. Thread-safe.
 */
public final class QueryTerms {
  /** More terms than this add cost but hardly change the ranking of news passages. */
  static final int MAX_TERMS = 48;

  private final Analyzer analyzer;

  public QueryTerms(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The distinct analysed terms of {@code text}, in order of first appearance. */
  public Set<String> terms(String text) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream("q", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && out.size() < MAX_TERMS) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory cannot fail", e);
    }
    return out;
  }

  /**
   * A disjunction of {@code terms} over {@code fieldBoosts} (field → boost), or null when there are
   * no terms (the text held only stop words or punctuation).
   */
  public static Query disjunction(Set<String> terms, Map<String, Float> fieldBoosts) {
    if (terms.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) {
      for (var f : fieldBoosts.entrySet()) {
        Query q = new TermQuery(new Term(f.getKey(), t));
        b.add(f.getValue() == 1f ? q : new BoostQuery(q, f.getValue()), BooleanClause.Occur.SHOULD);
      }
    }
    return b.build();
  }
}
