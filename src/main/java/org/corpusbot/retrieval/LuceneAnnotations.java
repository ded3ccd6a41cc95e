package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** The Lucene index's {@link AnnotationSearch}. Thread-safe. */
public final class LuceneAnnotations implements AnnotationSearch {
  private final CorpusIndex index;

  public LuceneAnnotations(CorpusIndex index) {
    this.index = index;
  }

  /**
   * Annotations of {@code kind} holding, for each set in {@code keyGroups}, at least one of its
   * keys, and about a time overlapping {@code [from, to]} (either may be null: open; with either
   * set, annotations without a date are left out). Newest first, at most {@code limit}.
   */
  @Override
  public List<Found> find(
      String kind, List<Set<String>> keyGroups, LocalDate from, LocalDate to, int limit) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(new TermQuery(new Term(TYPE, TYPE_ANNOTATION)), Occur.FILTER);
    q.add(new TermQuery(new Term(ANN_KIND, kind)), Occur.FILTER);
    for (Set<String> group : keyGroups) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      group.forEach(k -> any.add(new TermQuery(new Term(ANN_KEY, k)), Occur.SHOULD));
      q.add(any.build(), Occur.FILTER);
    }
    if (from != null) {
      q.add(
          IntPoint.newRangeQuery(ANN_TO, (int) from.toEpochDay(), Integer.MAX_VALUE), Occur.FILTER);
    }
    if (to != null) {
      q.add(
          IntPoint.newRangeQuery(ANN_FROM, Documents.NO_DATE + 1, (int) to.toEpochDay()),
          Occur.FILTER);
    }
    Sort newest =
        new Sort(
            new SortField(ANN_FROM, SortField.Type.INT, true),
            new SortField(DATE, SortField.Type.INT, true));
    return index.search(
        s -> {
          TopDocs top = s.search(q.build(), Math.max(1, limit), newest);
          List<Found> out = new ArrayList<>();
          var stored = s.storedFields();
          for (ScoreDoc sd : top.scoreDocs) {
            var d = stored.document(sd.doc);
            out.add(new Found(Documents.annotation(d), Documents.info(d)));
          }
          return out;
        });
  }
}
