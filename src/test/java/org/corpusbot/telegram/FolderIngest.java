package org.corpusbot.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.CorpusLoader;
import org.corpusbot.corpus.JsonFields;
import org.corpusbot.ingest.Ingest;
import org.corpusbot.ingest.Ingested;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.testing.TestCorpus;

/**
 * An {@link Ingest} for the Telegram side's tests: moves a file into the test corpus folder and
 * indexes the folder for real (the index the bot answers from), on the caller's thread.
 */
final class FolderIngest implements Ingest {
  private final Path corpus;
  private final CorpusIndex index;
  final List<String> vias = new ArrayList<>();

  FolderIngest(Path corpus, CorpusIndex index) {
    this.corpus = corpus;
    this.index = index;
  }

  @Override
  public CompletableFuture<Ingested> add(Article article, String via) {
    throw new UnsupportedOperationException("not used by these tests");
  }

  @Override
  public synchronized CompletableFuture<Ingested> addFile(String fileName, Path file, String via) {
    vias.add(via);
    try {
      Path target = corpus.resolve(fileName);
      Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
      TestCorpus.sync(index, corpus);
      index.refresh();
      List<Ingested.Item> items = new ArrayList<>();
      List<Article> read = new ArrayList<>();
      var report = CorpusLoader.standard(JsonFields.defaults()).load(target, read::add);
      read.forEach(
          a ->
              items.add(
                  new Ingested.Item(a.id(), a.title(), a.date(), Ingested.Outcome.ADDED, null)));
      List<String> problems = new ArrayList<>();
      report.skipped().forEach((why, n) -> problems.add(n + " " + why));
      return CompletableFuture.completedFuture(new Ingested(items, problems));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
