package org.corpusbot.follows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Span;
import org.corpusbot.retrieval.FreshArticle;

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

  /**
   * The alert for {@code match} on {@code article} (the article it was matched on), its sentences
   * cut from the article's text by the match's evidence spans (spans beyond the text are cut to
   * it).
   */
  public static Alert of(Match match, FreshArticle article, Instant matched) {
    Article a = article.article();
    String text = a.text();
    List<Sentence> sentences = new ArrayList<>();
    for (Span s : match.evidence()) {
      int start = Math.min(s.start(), text.length());
      int end = Math.min(s.end(), text.length());
      sentences.add(new Sentence(text.substring(start, end), start, end));
    }
    return new Alert(
        0,
        match.follow().id(),
        match.follow().chatId(),
        a.id(),
        article.cluster(),
        article.arrival(),
        a.title(),
        a.date(),
        a.source(),
        a.url(),
        sentences,
        match.score(),
        matched);
  }

  Alert withSeq(long s) {
    return new Alert(
        s, followId, chatId, articleId, cluster, arrival, title, date, source, url, evidence, score,
        matched);
  }
}
