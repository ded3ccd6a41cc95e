package org.corpusbot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /reindex} (admins): brings the index in line with the corpus folder; answers keep coming
 * from the current index until the new one is committed. The process's one indexing thread decides
 * whether a run is going ({@link Reindexer#busy}; a run that slipped in after that check is told by
 * {@link Reindexer#reindex} itself); a thread of its own ({@code reindex}) waits for the run and
 * replies, so that no chat worker is held for minutes.
 */
final class ReindexCommand implements Command {
  private static final Logger log = LoggerFactory.getLogger(ReindexCommand.class);

  private final Reindexer reindexer;
  private final Replies replies;

  ReindexCommand(Reindexer reindexer, Replies replies) {
    this.reindexer = reindexer;
    this.replies = replies;
  }

  @Override
  public String name() {
    return "reindex";
  }

  @Override
  public String description() {
    return "Re-read the corpus and update the index (admins)";
  }

  @Override
  public boolean admin() {
    return true;
  }

  @Override
  public void run(Incoming in, String args) {
    var busy = reindexer.busy();
    if (busy.isPresent()) {
      replies.text(in, busy.get());
      return;
    }
    replies.text(in, "Reindexing the corpus; I keep answering meanwhile.");
    Thread t =
        new Thread(
            () -> {
              try {
                replies.text(in, reindexer.reindex());
              } catch (RuntimeException e) {
                log.error("Reindex failed", e);
                replies.text(in, "Reindex failed: " + e.getMessage());
              }
            },
            "reindex");
    t.setDaemon(true);
    t.start();
  }
}
