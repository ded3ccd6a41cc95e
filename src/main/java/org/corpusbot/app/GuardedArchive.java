package org.corpusbot.app;

import java.util.Map;
import org.corpusbot.answer.UnreachableParts;
import org.corpusbot.retrieval.AnnotationSearch;
import org.corpusbot.retrieval.Archive;
import org.corpusbot.retrieval.ArchiveWriter;
import org.corpusbot.retrieval.ArticleCatalog;
import org.corpusbot.retrieval.FreshArticles;
import org.corpusbot.retrieval.PassageIndex;
import org.corpusbot.retrieval.TermStats;

/**
 * A remote archive as the bot uses it: each search tells {@link UnreachableParts} which parts did
 * not answer (so the answer it serves carries a note), and each write is retried with backoff
 * ({@link RetryingWriter}). Everything else is the archive's own; closing closes it.
 */
final class GuardedArchive implements Archive {
  private final Archive inner;
  private final UnreachableParts unreachable;
  private final RetryingWriter.Policy retry;
  private final PassageIndex passages;
  private volatile ArchiveWriter writer;

  GuardedArchive(Archive inner, UnreachableParts unreachable, RetryingWriter.Policy retry) {
    this.inner = inner;
    this.unreachable = unreachable;
    this.retry = retry;
    this.passages = this::read;
    inner.onUnreachable(unreachable::missed);
  }

  private <T> T read(PassageIndex.ViewAction<T> action) {
    return inner
        .passages()
        .read(
            view -> {
              T result = action.apply(view);
              unreachable.missed(view.unreachable());
              return result;
            });
  }

  /** The archive inside, for what the guard does not concern. */
  Archive inner() {
    return inner;
  }

  @Override
  public PassageIndex passages() {
    return passages;
  }

  @Override
  public ArticleCatalog catalog() {
    return inner.catalog();
  }

  @Override
  public AnnotationSearch annotations() {
    return inner.annotations();
  }

  @Override
  public FreshArticles fresh() {
    return inner.fresh();
  }

  @Override
  public TermStats terms() {
    return inner.terms();
  }

  @Override
  public ArchiveWriter writer() {
    ArchiveWriter w = writer;
    if (w == null) {
      synchronized (this) {
        if (writer == null) {
          writer = new RetryingWriter(inner.writer(), retry);
        }
        w = writer;
      }
    }
    return w;
  }

  @Override
  public boolean writable() {
    return inner.writable();
  }

  @Override
  public Map<String, String> servedMeta() {
    return inner.servedMeta();
  }

  @Override
  public void refresh() {
    inner.refresh();
  }

  @Override
  public String where() {
    return inner.where();
  }

  @Override
  public void close() {
    inner.close();
  }
}
