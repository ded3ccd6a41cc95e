package org.corpusbot.follows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the outbox has due for the sending side: each instant alert as one delivery, a chat's digest
 * once its time came (nothing when nothing is new: the day counts as done), and what a digest held
 * when it was turned off as one digest at once, before the chat's later alerts. At most one
 * delivery per chat is out at a time: a chat takes one message a second, and senders waiting on one
 * chat would hold up the others. Thread-safe.
 */
final class DueAlerts implements Deliveries {
  private static final Logger log = LoggerFactory.getLogger(DueAlerts.class);

  private final FollowBook book;
  private final Outbox outbox;
  private final Clock clock;
  private final Object lock = new Object();
  private final Set<Long> inFlight = new HashSet<>(); // alert seqs handed out; guarded by lock
  private final Set<Long> busyChats = new HashSet<>(); // chats with a delivery out; guarded by lock
  private final Map<Long, Instant> retryAt = new HashMap<>(); // chat: not before; guarded by lock

  DueAlerts(FollowBook book, Outbox outbox, Clock clock) {
    this.book = book;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Wakes whoever waits in {@link #due} (new alerts, a digest time changed, a test's clock). */
  void wake() {
    synchronized (lock) {
      lock.notifyAll();
    }
  }

  @Override
  public List<Delivery> due(Duration wait) throws InterruptedException {
    synchronized (lock) {
      List<Delivery> out = dueNow();
      if (out.isEmpty()) {
        lock.wait(Math.max(1, wait.toMillis()));
        out = dueNow();
      }
      for (Delivery d : out) {
        d.alerts().forEach(a -> inFlight.add(a.seq()));
        busyChats.add(d.chatId());
      }
      return out;
    }
  }

  private List<Delivery> dueNow() {
    Instant now = clock.instant();
    Set<Long> taken = new HashSet<>(busyChats);
    Map<Long, Follow> follows = new HashMap<>();
    book.active().forEach(f -> follows.put(f.id(), f));
    List<Delivery> out = new ArrayList<>();
    Set<Long> digestChats = new HashSet<>();
    for (DigestPlan p : book.chats().digests()) {
      digestChats.add(p.chatId());
      if (!p.paused() && !p.due().isAfter(now) && ready(p.chatId(), now, taken)) {
        List<Alert> news = open(outbox.unsent(p.chatId()), follows);
        if (news.isEmpty()) {
          book.chats().digestSent(p.chatId(), now); // nothing new: the day counts as done
        } else {
          out.add(digest(p.chatId(), Kind.DIGEST, news, follows));
        }
      }
    }
    // A digest turned off while it held alerts: those go as one last digest, before any alert.
    for (Map.Entry<Long, Long> h : book.chats().held().entrySet()) {
      long chat = h.getKey();
      digestChats.add(chat);
      if (ready(chat, now, taken)) {
        List<Alert> held =
            open(
                outbox.unsent(chat).stream().filter(a -> a.seq() <= h.getValue()).toList(),
                follows);
        if (held.isEmpty()) {
          book.chats().heldSent(chat, h.getValue()); // all of it went out (or its follows are gone)
        } else {
          out.add(digest(chat, Kind.HELD, held, follows));
        }
      }
    }
    for (Alert a : open(outbox.pending(), follows)) {
      if (!digestChats.contains(a.chatId()) && ready(a.chatId(), now, taken)) {
        Follow f = follows.get(a.followId());
        out.add(new Delivery(a.chatId(), Kind.ALERT, List.of(a), Map.of(f.id(), f)));
      }
    }
    return out;
  }

  /** The chat's digest of {@code news}, with the follows they came for. */
  private static Delivery digest(
      long chatId, Kind kind, List<Alert> news, Map<Long, Follow> follows) {
    Map<Long, Follow> own = new HashMap<>();
    news.forEach(a -> own.put(a.followId(), follows.get(a.followId())));
    return new Delivery(chatId, kind, news, own);
  }

  /** The alerts not handed out yet whose follow is still active. */
  private List<Alert> open(List<Alert> alerts, Map<Long, Follow> follows) {
    return alerts.stream()
        .filter(a -> !inFlight.contains(a.seq()) && follows.containsKey(a.followId()))
        .toList();
  }

  /** Whether the chat may get a delivery now (and takes its turn if so). */
  private boolean ready(long chatId, Instant now, Set<Long> taken) {
    Instant at = retryAt.get(chatId);
    if (at != null && at.isAfter(now)) {
      return false;
    }
    retryAt.remove(chatId);
    return taken.add(chatId);
  }

  /** Alerts waiting to go out as they happen, or being sent (not digests', not paused chats'). */
  int waiting() {
    Set<Long> digests = new HashSet<>();
    book.chats().digests().forEach(p -> digests.add(p.chatId()));
    return (int)
        outbox.pending().stream()
            .filter(a -> !digests.contains(a.chatId()) && !book.chats().paused(a.chatId()))
            .count();
  }

  @Override
  public void sent(Delivery d) {
    outbox.sent(d.alerts());
    // NOTE: each kind marks only its own: a daily digest still being sent when /digest off came
    // must not mark the alerts held meanwhile as gone (they would go one a second).
    if (d.kind() == Kind.DIGEST) {
      book.chats().digestSent(d.chatId(), clock.instant());
    } else if (d.kind() == Kind.HELD) {
      book.chats().heldSent(d.chatId(), d.alerts().stream().mapToLong(Alert::seq).max().orElse(0));
    }
    release(d);
  }

  @Override
  public void failed(Delivery d, boolean blocked) {
    if (blocked) {
      book.chats().pause(d.chatId());
      int dropped = outbox.dropChat(d.chatId());
      log.warn(
          "Chat {} blocked the bot: its follows are paused ({} unsent alerts dropped)",
          d.chatId(),
          dropped);
    } else {
      synchronized (lock) {
        retryAt.put(d.chatId(), clock.instant().plus(FollowService.RETRY));
      }
    }
    release(d);
  }

  @Override
  public void refused(Delivery d) {
    outbox.sent(d.alerts()); // done, never pending again: its story still counts as alerted
    release(d);
  }

  private void release(Delivery d) {
    synchronized (lock) {
      d.alerts().forEach(a -> inFlight.remove(a.seq()));
      busyChats.remove(d.chatId());
      lock.notifyAll();
    }
  }
}
