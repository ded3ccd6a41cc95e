package org.corpusbot.ingest;

import java.util.concurrent.CompletableFuture;

/** Adds the article a web page holds ({@code /add URL}), fetched safely and extracted. */
public interface Links {
  /**
   * Fetches {@code url} (http or https only; private addresses refused unless allowed), extracts
   * the article and {@link Ingest#add ingests} it. When the page cannot be had, the future fails
   * with an exception whose message is fit to show a user (no stack, no secrets).
   */
  CompletableFuture<Ingested> add(String url, String via);
}
