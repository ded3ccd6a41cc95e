package org.corpusbot.feeds;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.corpusbot.corpus.Article;
import org.corpusbot.ingest.Ingest;
import org.corpusbot.ingest.Ingested;

/** The bot's real {@link Ingest}, remembering every article it was handed. */
final class RecordingIngest implements Ingest {
  private final Ingest real;
  private final List<Article> given = new CopyOnWriteArrayList<>();

  RecordingIngest(Ingest real) {
    this.real = real;
  }

  List<Article> given() {
    return given;
  }

  @Override
  public CompletableFuture<Ingested> add(Article article, String via) {
    given.add(article);
    return real.add(article, via);
  }

  @Override
  public CompletableFuture<Ingested> addFile(String fileName, Path file, String via) {
    return real.addFile(fileName, file, via);
  }
}
