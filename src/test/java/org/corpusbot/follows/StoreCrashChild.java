package org.corpusbot.follows;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.corpusbot.follows.Follow.Kind;

/**
 * What {@link StoreCrashIT} kills: the follow book and the outbox under a stream of adds, removals,
 * offers, sends and watermark moves, the way the alert service drives them, printing each step only
 * once the call that made it durable has returned. It goes on where the watermark stands, so a
 * second run re-offers what the first matched but had not marked matched. Runs until killed.
 */
public final class StoreCrashChild {
  private static final long RUN = ProcessHandle.current().pid();

  private StoreCrashChild() {}

  private static float[] vector(long i) {
    return FollowBookTest.vector((int) i);
  }

  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    PrintStream out = System.out;
    try (FollowBook book = new FollowBook(data, Clock.systemUTC(), 40);
        Outbox outbox = new Outbox(data, Clock.systemUTC(), 40)) {
      out.println("start " + book.matchedThrough());
      out.flush();
      for (long i = book.matchedThrough() + 1; ; i++) {
        step(book, outbox, i, out);
      }
    }
  }

  private static void step(FollowBook book, Outbox outbox, long i, PrintStream out) {
    long chat = i % 7;
    if (book.of(chat).size() >= 6) {
      // Said before as well as after: a kill between the two leaves either state possible.
      out.println("removing " + book.of(chat).get(0).id());
      out.flush();
      Follow gone = book.remove(chat, 1).orElseThrow();
      out.println("removed " + gone.id());
      outbox.forgetFollow(gone.id());
    }
    Follow f =
        book.add(
            chat, Kind.TOPIC, "topic " + i + " of " + RUN, List.of(), i - 1, vector(i), "test");
    out.println("follow " + f.id() + " " + chat);
    List<Follow> active = book.active();
    Follow earlier = active.get((int) (i * 7919 % active.size()));
    // two follows match article i; its cluster is shared with article i - 1 (a near-duplicate)
    List<Alert> fresh =
        outbox.offer(List.of(alert(f, i, "c" + i / 2), alert(earlier, i, "c" + i / 2)));
    for (Alert a : fresh) {
      out.println(
          "offered " + a.seq() + " " + a.followId() + " " + a.articleId() + " " + a.cluster());
    }
    List<Alert> pending = outbox.pending();
    if (!pending.isEmpty() && i % 3 != 0) {
      List<Alert> batch = pending.subList(0, Math.min(2, pending.size()));
      batch.forEach(a -> out.println("sending " + a.seq()));
      out.flush();
      outbox.sent(batch);
      batch.forEach(a -> out.println("sent " + a.seq()));
    }
    book.matchedThrough(i);
    out.println("matched " + i);
    out.flush();
  }

  private static Alert alert(Follow f, long i, String cluster) {
    return new Alert(
        0,
        f.id(),
        f.chatId(),
        "art-" + i,
        cluster,
        i,
        "Article " + i,
        LocalDate.of(2026, 6, 1),
        "Example News",
        "https://news.example/" + i,
        List.of(new Alert.Sentence("A sentence that matched.", 0, 24)),
        0.5,
        Instant.now());
  }
}
