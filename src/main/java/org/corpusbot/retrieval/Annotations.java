package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.TYPE;
import static org.corpusbot.retrieval.IndexSchema.TYPE_ANNOTATION;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.corpusbot.corpus.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The annotators run at index time (contacts), their versions, and annotating again. */
final class Annotations {
  private static final Logger log = LoggerFactory.getLogger(Annotations.class);

  private final List<ArticleAnnotator> annotators;
  private final String versions;
  private final int maxChars;

  Annotations(List<ArticleAnnotator> annotators, int maxChars) {
    this.annotators = List.copyOf(annotators);
    this.maxChars = maxChars;
    this.versions =
        String.join(",", this.annotators.stream().map(a -> a.kind() + ":" + a.version()).toList());
  }

  /** "contact:2", recorded with each commit: a change means annotating every article again. */
  String versions() {
    return versions;
  }

  /** The annotation documents of an article (already capped by the caller). */
  List<Document> of(Article a) {
    List<Document> docs = new ArrayList<>();
    for (ArticleAnnotator annotator : annotators) {
      for (Annotation an : annotator.annotate(a)) {
        docs.add(Documents.annotation(an, a));
      }
    }
    return docs;
  }

  /**
   * The annotators changed since the index was built: annotate every article again, without
   * embedding it again. Articles about to be re-indexed get theirs with their block.
   */
  void reannotate(IndexWriter writer, List<Article> articles, List<Article> todo)
      throws IOException {
    writer.deleteDocuments(new TermQuery(new Term(TYPE, TYPE_ANNOTATION)));
    Set<String> pending = new HashSet<>();
    todo.forEach(a -> pending.add(a.id()));
    int n = 0;
    for (Article a : articles) {
      if (!pending.contains(a.id())) {
        List<Document> docs = of(ArticleHead.of(a, maxChars));
        if (!docs.isEmpty()) {
          writer.addDocuments(docs);
        }
        n++;
      }
    }
    log.info(
        "Annotated {} articles again ({})", n, versions.isEmpty() ? "no annotators" : versions);
  }
}
