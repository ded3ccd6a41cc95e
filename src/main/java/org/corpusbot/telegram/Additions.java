package org.corpusbot.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.corpusbot.ingest.Inbox;
import org.corpusbot.ingest.Ingested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Document;

/**
 * Adds what an admin sends: a document (downloaded from Telegram's file server into the data
 * folder, then handed to the inbox) or a link. The admin is told at once that it is being added,
 * and that message becomes the outcome once the article is answerable, so that "Added: …" never
 * comes before the bot can answer about it. Indexing may wait behind a running update; the wait
 * happens off the chat's worker, which keeps answering.
 */
final class Additions {
  private static final Logger log = LoggerFactory.getLogger(Additions.class);

  /** The largest file the Bot API lets a bot download. */
  static final long TELEGRAM_LIMIT = 20L * 1024 * 1024;

  static final List<String> TYPES = List.of(".txt", ".md", ".html", ".htm", ".jsonl", ".jsonl.gz");

  private final Arrivals arrivals;
  private final BotApi api;
  private final Replies replies;
  private final AddedView view;
  private final Path downloads;
  private final Executor replying;

  /**
   * @param downloads where documents are downloaded to before they move into the inbox (on the data
   *     folder's file system, so the move is atomic)
   * @param replying runs the final reply once indexing is done (not the indexing thread: a slow
   *     Telegram must not hold up indexing)
   */
  Additions(
      Arrivals arrivals,
      BotApi api,
      Replies replies,
      AddedView view,
      Path downloads,
      Executor replying) {
    this.arrivals = arrivals;
    this.api = api;
    this.replies = replies;
    this.view = view;
    this.downloads = downloads;
    this.replying = replying;
  }

  /** An admin sent {@code d}; checks its type and size before anything is downloaded. */
  void document(Incoming in, Document d) {
    String name = safeName(d.getFileName());
    if (arrivals.ingest() == null) {
      replies.text(in, "Adding articles is not enabled on this bot.");
      return;
    }
    if (TYPES.stream().noneMatch(t -> name.toLowerCase(Locale.ROOT).endsWith(t))) {
      replies.text(
          in,
          "I can add articles from "
              + String.join(" ", TYPES)
              + " files; "
              + name
              + " is none of those.");
      return;
    }
    long size = d.getFileSize() == null ? 0 : d.getFileSize();
    if (size > TELEGRAM_LIMIT) {
      replies.text(in, tooLarge(name, size));
      return;
    }
    int ack = replies.send(in, "Adding " + Html.escape(name) + "…", null);
    Path temp;
    try {
      temp = download(d.getFileId());
    } catch (BotApiException | UncheckedIOException e) {
      log.warn("Could not download {} sent by admin {}: {}", name, in.userId(), e.getMessage());
      api.edit(
          in.chatId(),
          ack,
          "I could not download "
              + Html.escape(name)
              + ": "
              + e.getMessage()
              + ". Please send it again.",
          null);
      return;
    }
    String via = "document from admin " + in.userId();
    finish(in, ack, name, () -> arrivals.ingest().addFile(name, temp, via), temp);
  }

  /** An admin sent a link ({@code /add URL}, or a message that is only a URL). */
  void link(Incoming in, String url) {
    if (arrivals.links() == null) {
      replies.text(in, "Adding pages is not enabled on this bot.");
      return;
    }
    int ack = replies.send(in, "Fetching " + Html.escape(url) + "…", null);
    finish(in, ack, url, () -> arrivals.links().add(url, "link from admin " + in.userId()), null);
  }

  private void finish(
      Incoming in, int ack, String what, Supplier<CompletableFuture<Ingested>> start, Path temp) {
    CompletableFuture<Ingested> started;
    try {
      started = start.get();
    } catch (RuntimeException e) {
      started = CompletableFuture.failedFuture(e);
    }
    started.whenCompleteAsync(
        (done, failure) -> reply(in, ack, what, done, failure, temp), replying);
  }

  /** Turns the "Adding …" message into the outcome; a reply that cannot be sent is logged. */
  private void reply(
      Incoming in, int ack, String what, Ingested done, Throwable failure, Path temp) {
    deleteQuietly(temp); // moved into the inbox by now, or not needed
    try {
      if (failure == null) {
        api.edit(in.chatId(), ack, view.html(done, what), view.keyboard(done));
        return;
      }
      Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
      log.warn("Adding {} for admin {} failed", what, in.userId(), cause);
      api.edit(
          in.chatId(),
          ack,
          "Nothing added from " + Html.escape(what) + ": " + Html.escape(message(cause)),
          null);
    } catch (BotApiException e) {
      log.warn("Could not tell admin {} what became of {}: {}", in.userId(), what, e.getMessage());
    }
  }

  private Path download(String fileId) {
    TelegramFile f = api.file(fileId);
    if (f.size() > TELEGRAM_LIMIT) {
      throw new BotApiException(tooLarge("the file", f.size()), 400);
    }
    try {
      Files.createDirectories(downloads);
      Path temp = Files.createTempFile(downloads, ".upload-", ".part");
      boolean ok = false;
      try {
        api.download(f, temp, TELEGRAM_LIMIT);
        ok = true;
        return temp;
      } finally {
        if (!ok) {
          deleteQuietly(temp);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + downloads + ": " + e.getMessage(), e);
    }
  }

  private static String tooLarge(String name, long size) {
    return String.format(
        Locale.ROOT,
        "%s is %.1f MB; Telegram lets bots download files up to 20 MB. Put it in the corpus folder"
            + " instead.",
        name,
        size / (1024.0 * 1024));
  }

  /**
   * The file's name as the inbox keeps it ({@link Inbox#cleanName}): it cannot escape the inbox.
   */
  static String safeName(String given) {
    return given == null || given.isBlank() ? "document.txt" : Inbox.cleanName(given);
  }

  private static String message(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      log.warn("Could not delete the downloaded file {}: {}", temp, e.getMessage());
    }
  }
}
