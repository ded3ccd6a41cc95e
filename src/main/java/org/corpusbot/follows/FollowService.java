package org.corpusbot.follows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.corpusbot.retrieval.FreshArticle;
import org.corpusbot.retrieval.FreshArticles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The follows of every chat and what they bring: the desk the chat commands use; the matching of
 * newly indexed articles, on its own thread ({@code follow-matcher}), woken after every indexing
 * run and once at start (so an article indexed just before a crash is matched after it); and the
 * deliveries the Telegram side sends. Alerts reach the durable outbox before the watermark of
 * matched articles moves, so a crash in between matches those articles again and the outbox drops
 * the repeats. Owns the book, the outbox and the thread; {@link #close} stops and closes them.
 */
public final class FollowService implements FollowDesk, Deliveries, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FollowService.class);

  /** How long a chat waits after a delivery failed (not blocked) before it is tried again. */
  static final Duration RETRY = Duration.ofMinutes(1);

  private static final int BATCH = 50;

  private final FollowBook book;
  private final Outbox outbox;
  private final Matching matching;
  private final FreshArticles fresh;
  private final FollowText parser;
  private final Clock clock;
  private final ExecutorService matcherThread =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "follow-matcher"));
  private final AtomicBoolean matchQueued = new AtomicBoolean();
  private final Object due = new Object();
  private final Set<Long> inFlight = new HashSet<>(); // alert seqs handed out; guarded by due
  private final Set<Long> busyChats = new HashSet<>(); // chats with a delivery out; guarded by due
  private final Map<Long, Instant> retryAt = new HashMap<>(); // chat -> not before; guarded by due
  private final Map<String, float[]> vectors =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
          return size() > 1_000;
        }
      };
  private Matching.Matcher matcher; // only on the matcher thread
  private long matcherVersion = -1;

  private FollowService(
      FollowBook book,
      Outbox outbox,
      Matching matching,
      FreshArticles fresh,
      FollowText parser,
      Clock clock) {
    this.book = book;
    this.outbox = outbox;
    this.matching = matching;
    this.fresh = fresh;
    this.parser = parser;
    this.clock = clock;
  }

  /**
   * Opens the follows in {@code dataDir}/follows and matches what arrived while the bot was down.
   * {@code knownParty} tells "Biden Putin" (two known parties) from one name.
   */
  public static FollowService open(
      Path dataDir,
      Matching matching,
      FreshArticles fresh,
      Predicate<String> knownParty,
      Clock clock) {
    FollowBook book = new FollowBook(dataDir, clock);
    Outbox outbox = null;
    boolean success = false;
    try {
      outbox = new Outbox(dataDir, clock);
      FollowService s =
          new FollowService(book, outbox, matching, fresh, new FollowText(knownParty), clock);
      s.indexChanged();
      success = true;
      return s;
    } finally {
      if (!success) {
        book.close();
        if (outbox != null) {
          outbox.close();
        }
      }
    }
  }

  // ---- the desk ----

  @Override
  public Follow follow(long chatId, String text) {
    FollowText.Parsed p = parser.parse(text);
    float[] vector = vector(p.kind(), p.text());
    return book.add(chatId, p.kind(), p.text(), p.people(), fresh.lastArrival(), vector);
  }

  private float[] vector(Follow.Kind kind, String text) {
    if (kind == Follow.Kind.PAIR) {
      return null;
    }
    String key = kind + ":" + text;
    synchronized (vectors) {
      float[] v = vectors.get(key);
      if (v != null) {
        return v;
      }
    }
    float[] v = matching.vector(kind, text);
    synchronized (vectors) {
      vectors.put(key, v);
    }
    return v;
  }

  @Override
  public List<Follow> following(long chatId) {
    return book.of(chatId);
  }

  @Override
  public Optional<Follow> unfollow(long chatId, int number) {
    Optional<Follow> gone = book.remove(chatId, number);
    gone.ifPresent(f -> outbox.forgetFollow(f.id()));
    return gone;
  }

  @Override
  public Optional<String> digest(long chatId) {
    return book.digest(chatId).map(DigestTime::toString);
  }

  @Override
  public Optional<String> digest(long chatId, String spec) {
    Optional<DigestTime> t = DigestTime.parse(spec);
    book.digest(chatId, t.orElse(null));
    wake();
    return t.map(DigestTime::toString);
  }

  @Override
  public boolean resume(long chatId) {
    if (!book.paused(chatId)) {
      return false;
    }
    book.resume(chatId);
    return true;
  }

  @Override
  public boolean paused(long chatId) {
    return book.paused(chatId);
  }

  // ---- matching ----

  /**
   * Asks for the articles indexed since the last match to be matched, on the matcher thread (after
   * the match going, if any). Cheap; never throws; called after every indexing run.
   */
  public void indexChanged() {
    if (matchQueued.compareAndSet(false, true)) {
      try {
        matcherThread.execute(this::matchNew);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        matchQueued.set(false); // closing
      }
    }
  }

  private void matchNew() {
    matchQueued.set(false);
    try {
      int alerts = 0;
      while (true) {
        List<Follow> active = book.active();
        long from = Math.max(book.matchedThrough(), oldestSince(active));
        if (active.isEmpty()) {
          book.matchedThrough(fresh.lastArrival()); // nothing to match: skip what arrived
          return;
        }
        List<FreshArticle> batch = fresh.since(from, BATCH);
        if (batch.isEmpty()) {
          break;
        }
        alerts += match(batch);
        book.matchedThrough(batch.get(batch.size() - 1).arrival());
      }
      if (alerts > 0) {
        log.info("{} new alerts", alerts);
        wake();
      }
    } catch (RuntimeException e) {
      log.error(
          "Matching new articles against the follows failed; tried again after the next"
              + " indexing run",
          e);
    }
  }

  private static long oldestSince(List<Follow> active) {
    return active.stream().mapToLong(Follow::since).min().orElse(Long.MAX_VALUE - 1);
  }

  /** Matches a batch and records its alerts; returns how many were new. */
  private int match(List<FreshArticle> batch) {
    if (matcher == null || matcherVersion != book.version()) {
      matcherVersion = book.version();
      matcher = matching.over(book.active());
    }
    List<Alert> alerts = new ArrayList<>();
    Instant now = clock.instant();
    for (FreshArticle a : batch) {
      for (Match m : matcher.match(a)) {
        if (m.follow().since() < a.arrival()) {
          alerts.add(Alert.of(m, a, now));
        }
      }
    }
    return alerts.isEmpty() ? 0 : outbox.offer(alerts).size();
  }

  /** The last article arrival matched (every follow has seen it): for health and tests. */
  public long matchedThrough() {
    return book.matchedThrough();
  }

  /**
   * Alerts waiting to go out as they happen (or being sent), not counting digests' alerts and
   * paused chats': for health and tests.
   */
  public int waitingAlerts() {
    Set<Long> digests = new HashSet<>();
    book.digests().forEach(p -> digests.add(p.chatId()));
    return (int)
        outbox.pending().stream()
            .filter(a -> !digests.contains(a.chatId()) && !book.paused(a.chatId()))
            .count();
  }

  // ---- deliveries ----

  /** Wakes whoever waits in {@link #due} (new alerts, a digest time changed, a test's clock). */
  public void wake() {
    synchronized (due) {
      due.notifyAll();
    }
  }

  @Override
  public List<Delivery> due(Duration wait) throws InterruptedException {
    synchronized (due) {
      List<Delivery> out = dueNow();
      if (out.isEmpty()) {
        due.wait(Math.max(1, wait.toMillis()));
        out = dueNow();
      }
      for (Delivery d : out) {
        d.alerts().forEach(a -> inFlight.add(a.seq()));
        busyChats.add(d.chatId());
      }
      return out;
    }
  }

  /**
   * At most one delivery per chat at a time: a chat takes one message a second, and senders waiting
   * on one chat would hold up the others.
   */
  private List<Delivery> dueNow() {
    Instant now = clock.instant();
    Set<Long> taken = new HashSet<>(busyChats);
    Map<Long, Follow> follows = new HashMap<>();
    book.active().forEach(f -> follows.put(f.id(), f));
    List<Delivery> out = new ArrayList<>();
    Set<Long> digestChats = new HashSet<>();
    for (DigestPlan p : book.digests()) {
      digestChats.add(p.chatId());
      if (!p.paused()
          && !p.due().isAfter(now)
          && !taken.contains(p.chatId())
          && ready(p.chatId(), now)) {
        List<Alert> news = open(outbox.unsent(p.chatId()), follows);
        if (news.isEmpty()) {
          book.digestSent(p.chatId(), now); // nothing new: nothing is sent, the next day counts
        } else {
          out.add(new Delivery(p.chatId(), true, news, follows));
          taken.add(p.chatId());
        }
      }
    }
    for (Alert a : open(outbox.pending(), follows)) {
      if (!digestChats.contains(a.chatId()) && taken.add(a.chatId()) && ready(a.chatId(), now)) {
        out.add(
            new Delivery(
                a.chatId(), false, List.of(a), Map.of(a.followId(), follows.get(a.followId()))));
      }
    }
    return out;
  }

  /** The alerts not handed out yet whose follow is still active. */
  private List<Alert> open(List<Alert> alerts, Map<Long, Follow> follows) {
    return alerts.stream()
        .filter(a -> !inFlight.contains(a.seq()) && follows.containsKey(a.followId()))
        .toList();
  }

  private boolean ready(long chatId, Instant now) {
    Instant at = retryAt.get(chatId);
    if (at == null || !at.isAfter(now)) {
      retryAt.remove(chatId);
      return true;
    }
    return false;
  }

  @Override
  public void sent(Delivery d) {
    outbox.sent(d.alerts());
    if (d.digest()) {
      book.digestSent(d.chatId(), clock.instant());
    }
    release(d);
  }

  @Override
  public void failed(Delivery d, boolean blocked) {
    if (blocked) {
      book.pause(d.chatId());
      int dropped = outbox.dropChat(d.chatId());
      log.warn(
          "Chat {} blocked the bot: its follows are paused ({} unsent alerts dropped)",
          d.chatId(),
          dropped);
    } else {
      synchronized (due) {
        retryAt.put(d.chatId(), clock.instant().plus(RETRY));
      }
    }
    release(d);
  }

  private void release(Delivery d) {
    synchronized (due) {
      d.alerts().forEach(a -> inFlight.remove(a.seq()));
      busyChats.remove(d.chatId());
      due.notifyAll();
    }
  }

  @Override
  public void close() {
    matcherThread.shutdownNow();
    try {
      if (!matcherThread.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn("Matching did not stop within 10 s; closing the follows under it");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (FollowBook b = book;
        Outbox o = outbox) {
      wake();
    }
  }
}
