package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.*;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Filter queries: which document type, and which publication dates a time scope admits. */
final class Filters {
  private Filters() {}

  /**
   * Documents of {@code type} admitted by {@code scope}. Undated articles pass an open-ended scope
   * (they might be about anything) but not a bounded-from one ("this week" needs a date).
   */
  static Query of(String type, TimeScope scope) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(TYPE, type)), Occur.FILTER);
    if (scope.from() != null) {
      int to = scope.to() == null ? Integer.MAX_VALUE : (int) scope.to().toEpochDay();
      b.add(IntPoint.newRangeQuery(DATE, (int) scope.from().toEpochDay(), to), Occur.FILTER);
    } else if (scope.to() != null) {
      b.add(
          IntPoint.newRangeQuery(DATE, (int) scope.to().toEpochDay() + 1, Integer.MAX_VALUE),
          Occur.MUST_NOT);
    }
    return b.build();
  }

  static Query filtered(Query query, Query filter) {
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
  }
}
