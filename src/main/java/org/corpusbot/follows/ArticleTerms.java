package org.corpusbot.follows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
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
  private final IndexReader reader;
  private Map<String, List<String>> prefixes;

  /** The shortest prefix that counts for a word ("cyber" in "cybersecurity"; not "tele"). */
  static final int MIN_PREFIX = 5;

  private ArticleTerms(
      Map<String, Integer> body, Map<String, Integer> title, long length, IndexReader reader) {
    this.body = body;
    this.title = title;
    this.length = length;
    this.reader = reader;
  }

  static ArticleTerms of(Article article, Analyzer analyzer) {
    MemoryIndex index = new MemoryIndex(true, false); // offsets: where the evidence is
    if (article.title() != null) {
      index.addField(IndexSchema.TITLE, article.title(), analyzer);
    }
    index.addField(IndexSchema.BODY, article.text(), analyzer);
    try {
      IndexReader reader = index.createSearcher().getIndexReader();
      Map<String, Integer> body = frequencies(reader, IndexSchema.BODY);
      long length = body.values().stream().mapToLong(Integer::longValue).sum();
      return new ArticleTerms(body, frequencies(reader, IndexSchema.TITLE), length, reader);
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
  Set<String> terms() {
    Set<String> all = new HashSet<>(body.keySet());
    all.addAll(title.keySet());
    return all;
  }

  /**
   * The proper prefixes (at least {@link #MIN_PREFIX} characters) of the article's terms that are
   * not terms of it themselves, each with the terms it starts: "cyber" → [cybersecur, cyberattack].
   * What lets a follow's "cyber" find an article that only says "cybersecurity" (compounds are one
   * token to the analyzer).
   */
  Map<String, List<String>> prefixes() {
    if (prefixes == null) {
      prefixes = new HashMap<>();
      for (String t : terms()) {
        for (int n = MIN_PREFIX; n < t.length(); n++) {
          String p = t.substring(0, n);
          if (!body.containsKey(p) && !title.containsKey(p)) {
            prefixes.computeIfAbsent(p, k -> new ArrayList<>()).add(t);
          }
        }
      }
    }
    return prefixes;
  }

  /**
   * Where {@code term}, or when the article lacks it and {@code prefixes} is set the terms it is a
   * {@link #prefixes prefix} of, occur in the article's text (start offsets), in order; empty if
   * nowhere.
   */
  int[] offsets(String term, boolean prefixes) {
    if (!body.containsKey(term)) {
      if (!prefixes) {
        return new int[0];
      }
      return prefixes().getOrDefault(term, List.of()).stream()
          .flatMapToInt(t -> java.util.Arrays.stream(offsetsOf(t)))
          .sorted()
          .toArray();
    }
    return offsetsOf(term);
  }

  private int[] offsetsOf(String term) {
    try {
      Terms terms = MultiTerms.getTerms(reader, IndexSchema.BODY);
      TermsEnum e = terms == null ? null : terms.iterator();
      if (e == null || !e.seekExact(new BytesRef(term))) {
        return new int[0];
      }
      PostingsEnum p = e.postings(null, PostingsEnum.OFFSETS);
      p.nextDoc();
      int[] out = new int[p.freq()];
      for (int i = 0; i < out.length; i++) {
        p.nextPosition();
        out[i] = p.startOffset();
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("a memory index cannot fail to read", e);
    }
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
