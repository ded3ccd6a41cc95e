package org.corpusbot.ingest;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.corpusbot.corpus.Article;

/**
 * The one way in behind every other: an article or a file that arrived (a feed item, a page an
 * admin linked, a document an admin sent) is written as a file under the data folder's inbox, which
 * the corpus loader also reads, and indexed on the process's one indexing thread together with
 * whatever else changed. Nothing is only in the index: {@code index --rebuild} and backups see
 * every arrival. Thread-safe.
 */
public interface Ingest {
  /**
   * Writes {@code article} to the inbox and indexes it. The future completes when it is answerable
   * (committed and visible to searches), or says why it was not (a duplicate, a failure).
   *
   * @param via how it arrived, for logs ("feed https://…", "link from admin 42")
   */
  CompletableFuture<Ingested> add(Article article, String via);

  /**
   * Moves {@code file} (any format the corpus loader reads: .txt, .md, .html, .jsonl, .jsonl.gz)
   * into the inbox under {@code fileName} and indexes its articles; completes as {@link #add}.
   * {@code file} is a temporary file the caller no longer needs.
   */
  CompletableFuture<Ingested> addFile(String fileName, Path file, String via);
}
