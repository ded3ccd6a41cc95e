package org.corpusbot.retrieval;

import java.util.Locale;
import java.util.Objects;

/**
 * How indexing protects what is indexed and bounds what one article costs.
 *
 * @param maxArticleChars only this many leading characters of an article are chunked, embedded and
 *     read for contacts (the whole text is still stored and found by its words): a run-on or
 *     multi-megabyte "article" then costs seconds, not minutes; a warning names it
 * @param maxDeleteShare the largest share of the indexed articles one run may remove without being
 *     told to ({@code index --allow-mass-delete}): more looks like an unmounted or half-copied
 *     folder, not like editing
 * @param commitSeconds how often a long run commits, so a crash loses at most this much work (a
 *     rebuild commits only once it is complete)
 */
public record IndexPolicy(
    int maxArticleChars, double maxDeleteShare, int commitSeconds, BotRemovals botRemovals) {
  /** Defaults: every rtqa article (at most 100,000 characters) is indexed whole. */
  public static final IndexPolicy DEFAULT = new IndexPolicy(200_000, 0.2, 30, BotRemovals.AUTO);

  /**
   * Whether the bot's own syncs (at start, {@code /reindex}, a full rescan of the watched folder)
   * remove articles its corpus folder no longer gives ({@code index.bot-removes}). AUTO: yes with
   * the local index, no with SolrCloud, where other machines may fill the same collection. {@code
   * corpusbot index} always removes (within {@link #maxDeleteShare}), and a file deleted from the
   * watched folder takes its articles in any case.
   */
  public enum BotRemovals {
    AUTO,
    YES,
    NO;

    public static BotRemovals parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("index.bot-removes must be auto, yes or no");
      }
    }

    /** Whether the bot removes, given that its archive is SolrCloud or not. */
    public boolean removes(boolean solr) {
      return this == AUTO ? !solr : this == YES;
    }
  }

  /** The three limits, the bot's removals by default. */
  public IndexPolicy(int maxArticleChars, double maxDeleteShare, int commitSeconds) {
    this(maxArticleChars, maxDeleteShare, commitSeconds, BotRemovals.AUTO);
  }

  public IndexPolicy {
    if (maxArticleChars < 1_000) {
      throw new IllegalArgumentException("index.max-article-chars must be at least 1000");
    }
    if (!(maxDeleteShare >= 0 && maxDeleteShare <= 1)) {
      throw new IllegalArgumentException("index.max-delete-share must be between 0 and 1");
    }
    Objects.requireNonNull(botRemovals, "botRemovals");
    if (commitSeconds < 1) {
      throw new IllegalArgumentException("index.commit-seconds must be at least 1");
    }
  }
}
