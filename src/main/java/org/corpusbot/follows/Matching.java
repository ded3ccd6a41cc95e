package org.corpusbot.follows;

import java.util.Collection;
import java.util.List;
import org.corpusbot.retrieval.FreshArticle;

/**
 * Matches newly indexed articles against the stored follows (not the follows against the index):
 * each article is put in a Lucene {@code MemoryIndex} and every follow's query runs on it (its BM25
 * part), together with the similarity of the article's passage vectors to the follow's vector;
 * person and pair follows also match the article's contacts by participant. Thresholds are chosen
 * by measurement ({@code bench-follows}). Thread-safe.
 */
public interface Matching {
  /** The vector a new follow of this kind and text is stored with (null for a pair). */
  float[] vector(Follow.Kind kind, String text);

  /**
   * The name of the model {@link #vector} embeds with, which is the one new articles' passages are
   * embedded with: a follow's vector made by another model is made again.
   */
  String model();

  /** A matcher over {@code follows}, built again whenever they change. */
  Matcher over(Collection<Follow> follows);

  /** Matches one article against a fixed set of follows. Thread-safe. */
  interface Matcher {
    /**
     * The follows {@code article} matches, each at most once, best first. It does not check {@link
     * Follow#since} (the caller does), so a benchmark can replay any article.
     */
    List<Match> match(FreshArticle article);
  }
}
