package org.corpusbot.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.corpusbot.app.Corpusbot;
import org.corpusbot.corpus.Article;
import org.corpusbot.ingest.Ingest;
import org.corpusbot.ingest.Ingested;
import org.corpusbot.retrieval.IndexProgress;

/**
 * A real {@link Ingest} for these tests until the ingest core's lands: each article is written as a
 * one-line {@code .jsonl} file in the corpus folder, and the bot's index is brought in line with
 * the folder (only what changed is embedded) before the future completes, so what completes is
 * answerable through the real composer. Also counts what it was given.
 */
final class FolderIngest implements Ingest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Corpusbot bot;
  private final Path folder;
  private final Map<String, String> texts = new HashMap<>();
  private final List<Article> given = new java.util.concurrent.CopyOnWriteArrayList<>();

  FolderIngest(Corpusbot bot, Path folder) {
    this.bot = bot;
    this.folder = folder;
  }

  List<Article> given() {
    return given;
  }

  @Override
  public synchronized CompletableFuture<Ingested> add(Article a, String via) {
    given.add(a);
    try {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", a.id());
      line.put("title", a.title());
      line.put("date", a.date() == null ? null : a.date().toString());
      line.put("source", a.source());
      line.put("url", a.url());
      line.put("authors", a.authors());
      line.put("text", a.text());
      Files.writeString(folder.resolve(a.id() + ".jsonl"), JSON.writeValueAsString(line) + "\n");
      String before = texts.put(a.id(), a.text());
      bot.sync(false, IndexProgress.NONE);
      Ingested.Outcome outcome =
          before == null
              ? Ingested.Outcome.ADDED
              : before.equals(a.text()) ? Ingested.Outcome.UNCHANGED : Ingested.Outcome.UPDATED;
      return CompletableFuture.completedFuture(
          new Ingested(
              List.of(new Ingested.Item(a.id(), a.title(), a.date(), outcome, null)), List.of()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public CompletableFuture<Ingested> addFile(String fileName, Path file, String via) {
    throw new UnsupportedOperationException("feeds never add files");
  }
}
