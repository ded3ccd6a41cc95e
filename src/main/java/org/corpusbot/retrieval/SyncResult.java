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

  /** What became of each article of {@code corpus}: the first articles to index were indexed. */
  static SyncResult of(IndexReport report, Delta delta, Corpus corpus) {
    Map<String, Kind> kinds = new HashMap<>();
    int done = report.added() + report.changed();
    for (int i = 0; i < delta.todo().size(); i++) {
      String id = delta.todo().get(i).id();
      kinds.put(
          id,
          i >= done ? Kind.NOT_DONE : delta.changedIds().contains(id) ? Kind.CHANGED : Kind.NEW);
    }
    Map<String, Change> out = new HashMap<>();
    for (Article a : corpus.articles()) {
      Kind kind = kinds.getOrDefault(a.id(), Kind.UNCHANGED);
      out.put(a.id(), new Change(a.id(), a.file(), a.title(), a.date(), kind));
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
    /** Not indexed: the run stopped before it (shutting down). */
    NOT_DONE
  }

  /** One article the load gave: its file (as {@code Article.file}), title, date, and its fate. */
  public record Change(String id, String file, String title, LocalDate date, Kind kind) {}
}
