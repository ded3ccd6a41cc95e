package org.corpusbot.follows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.util.BytesRef;
import org.corpusbot.corpus.Article;
import org.corpusbot.retrieval.IndexSchema;

/**
 * One new article as a one-document Lucene {@code MemoryIndex} (title and body, the index's own
 * analysis), read back as what BM25 needs: each body term's frequency, the body length and the
 * title's terms. NOTE: analysing the article is most of the lexical cost (about 1 ms for 1,000
 * words); the follows' scores are then arithmetic on these counts.
 */
final class ArticleTerms {
  private final Map<String, Integer> body;
  private final Map<String, Integer> title;
  private final long length;

  private ArticleTerms(Map<String, Integer> body, Map<String, Integer> title, long length) {
    this.body = body;
    this.title = title;
    this.length = length;
  }

  static ArticleTerms of(Article article, Analyzer analyzer) {
    MemoryIndex index = new MemoryIndex();
    if (article.title() != null) {
      index.addField(IndexSchema.TITLE, article.title(), analyzer);
    }
    index.addField(IndexSchema.BODY, article.text(), analyzer);
    try {
      IndexReader reader = index.createSearcher().getIndexReader();
      Map<String, Integer> body = frequencies(reader, IndexSchema.BODY);
      long length = body.values().stream().mapToLong(Integer::longValue).sum();
      return new ArticleTerms(body, frequencies(reader, IndexSchema.TITLE), length);
    } catch (IOException e) {
      throw new UncheckedIOException("a memory index cannot fail to read", e);
    }
  }

  private static Map<String, Integer> frequencies(IndexReader reader, String field)
      throws IOException {
    Map<String, Integer> out = new HashMap<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return out;
    }
    TermsEnum e = terms.iterator();
    for (BytesRef t = e.next(); t != null; t = e.next()) {
      out.put(t.utf8ToString(), (int) e.totalTermFreq());
    }
    return out;
  }

  /** Distinct terms of title and body (what the follows' inverted map is probed with). */
  Iterable<String> terms() {
    Map<String, Integer> all = new HashMap<>(body);
    all.putAll(title);
    return all.keySet();
  }

  int bodyFrequency(String term) {
    return body.getOrDefault(term, 0);
  }

  boolean inTitle(String term) {
    return title.containsKey(term);
  }

  long length() {
    return length;
  }
}
