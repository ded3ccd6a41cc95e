package org.corpusbot.retrieval;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Corpus;

/**
 * An indexing run's report, what became of each article the load gave (by id), and the files the
 * load could not read (with why): what a caller waiting for some articles (an arrival in the inbox)
 * tells its sender.
 */
public record SyncResult(
    IndexReport report, Map<String, Change> changes, Map<String, String> unread) {
  public SyncResult {
    changes = Map.copyOf(changes);
    unread = Map.copyOf(unread);
  }

  /**
   * What became of each article of {@code corpus}, as the run placed it ({@link
   * IndexReport#placements}); an article the run did not place was not reached (it stopped first).
   */
  static SyncResult of(IndexReport report, Corpus corpus) {
    Map<String, Placement> placed = new HashMap<>();
    report.placements().forEach(p -> placed.put(p.id(), p));
    Map<String, Change> out = new HashMap<>();
    for (Article a : corpus.articles()) {
      Placement p = placed.get(a.id());
      Kind kind =
          p == null
              ? Kind.NOT_DONE
              : switch (p.kind()) {
                case ADDED -> Kind.NEW;
                case UPDATED -> Kind.CHANGED;
                case UNCHANGED -> Kind.UNCHANGED;
                case DUPLICATE -> Kind.DUPLICATE;
              };
      String sameAs = p == null ? null : p.sameAs();
      out.put(a.id(), new Change(a.id(), a.file(), a.title(), a.date(), kind, sameAs));
    }
    return new SyncResult(report, out, corpus.report().unread());
  }

  /** What became of one article. */
  public enum Kind {
    /** New in the index. */
    NEW,
    /** Replaced its older version. */
    CHANGED,
    /** Already indexed so. */
    UNCHANGED,
    /** Not served: the same story as the indexed article {@link Change#sameAs} (stored once). */
    DUPLICATE,
    /** Not indexed: the run stopped before it (shutting down). */
    NOT_DONE
  }

  /**
   * One article the load gave: its file (as {@code Article.file}), title, date, and its fate;
   * {@code sameAs} names the served article a duplicate repeats (else null).
   */
  public record Change(
      String id, String file, String title, LocalDate date, Kind kind, String sameAs) {}
}
