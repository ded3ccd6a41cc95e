package org.corpusbot.follows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A match recorded for delivery: which follow of which chat, the article (id, its near-duplicate
 * {@code cluster}, index arrival, title, date, source, url), the sentences that matched (text and
 * offsets in the article's text), the score, and when it was matched. {@code seq} is the outbox's
 * number for it (0 until {@link Outbox#offer} gives one); date, source and url may be null.
 */
public record Alert(
    long seq,
    long followId,
    long chatId,
    String articleId,
    String cluster,
    long arrival,
    String title,
    LocalDate date,
    String source,
    String url,
    List<Sentence> evidence,
    double score,
    Instant matched) {

  public Alert {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(matched, "matched");
    cluster = cluster == null ? articleId : cluster;
    title = title == null ? "" : title;
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** A sentence of the article that matched, and where it is: {@code [start, end)}. */
  public record Sentence(String text, int start, int end) {
    public Sentence {
      Objects.requireNonNull(text, "text");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
      }
    }
  }

  Alert withSeq(long s) {
    return new Alert(
        s, followId, chatId, articleId, cluster, arrival, title, date, source, url, evidence, score,
        matched);
  }
}
