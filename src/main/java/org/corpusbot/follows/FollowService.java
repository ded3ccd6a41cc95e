package org.corpusbot.follows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.corpusbot.retrieval.FreshArticles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The follows of every chat and what they bring: the desk the chat commands use, the matching of
 * newly indexed articles ({@link NewArticles}: woken after every indexing run, and once at start so
 * that what was indexed while the bot was down is matched), and the deliveries the Telegram side
 * sends ({@link DueAlerts}). Owns the book, the outbox and the matching thread; {@link #close}
 * stops and closes them.
 */
public final class FollowService implements FollowDesk, Deliveries, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FollowService.class);

  /** How long a chat waits after a delivery failed (not blocked) before it is tried again. */
  static final Duration RETRY = Duration.ofMinutes(1);

  private final FollowBook book;
  private final Outbox outbox;
  private final Matching matching;
  private final FreshArticles fresh;
  private final FollowText parser;
  private final DueAlerts due;
  private final NewArticles matcher;
  private final LongAdder alertsSent = new LongAdder();
  private final LongAdder deliveriesFailed = new LongAdder();
  private final LongAdder chatsBlocked = new LongAdder();
  private final LongAdder deliveriesRefused = new LongAdder();
  // NOTE: 1,000 users following the same words cost one embedding, not 1,000.
  private final Map<String, float[]> vectors =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
          return size() > 1_000;
        }
      };

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
    this.due = new DueAlerts(book, outbox, clock);
    this.matcher = new NewArticles(book, outbox, matching, fresh, clock, due::wake);
  }

  /**
   * Opens the follows in {@code dataDir}/follows, makes again the vectors of follows made by
   * another embedding model, and matches what arrived while the bot was down. {@code knownParty}
   * tells "Biden Putin" (two known parties) from one name.
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
      s.revectorStale();
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

  @Override
  public Follow follow(long chatId, String text) {
    FollowText.Parsed p = parser.parse(text);
    float[] vector = vector(p.kind(), p.text());
    return book.add(
        chatId, p.kind(), p.text(), p.people(), fresh.lastArrival(), vector, matching.model());
  }

  /**
   * A vector is only comparable with passages of its own model: after the configured model changed
   * (or for follows stored before models were recorded), each follow's vector is made again with
   * the model new articles are embedded with, and journaled, so this happens once per follow.
   */
  private void revectorStale() {
    String model = matching.model();
    Set<String> from = new TreeSet<>();
    Map<Long, float[]> again = new LinkedHashMap<>();
    for (Follow f : book.all()) {
      if (f.kind() != Follow.Kind.PAIR && !model.equals(f.model())) {
        from.add(f.model() == null ? "an unrecorded model" : f.model());
        again.put(f.id(), vector(f.kind(), f.text()));
      }
    }
    if (!again.isEmpty()) {
      book.revector(again, model);
      log.info(
          "Embedded {} follows again with {} (they were made with {})", again.size(), model, from);
    }
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
    float[] v = matching.vector(kind, text); // outside the lock: an embedding takes a while
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
    return book.chats().digest(chatId).map(DigestTime::toString);
  }

  @Override
  public Optional<String> digest(long chatId, String spec) {
    Optional<DigestTime> t = DigestTime.parse(spec);
    if (t.isEmpty() && book.chats().digest(chatId).isPresent()) {
      // What the digest held goes out as one digest, not as one alert a second.
      long held = outbox.unsent(chatId).stream().mapToLong(Alert::seq).max().orElse(0);
      book.chats().digestOff(chatId, held);
    } else {
      book.chats().digest(chatId, t.orElse(null));
    }
    due.wake();
    return t.map(DigestTime::toString);
  }

  @Override
  public boolean resume(long chatId) {
    if (!book.chats().paused(chatId)) {
      return false;
    }
    book.chats().resume(chatId);
    return true;
  }

  @Override
  public boolean paused(long chatId) {
    return book.chats().paused(chatId);
  }

  /**
   * Asks for the articles indexed since the last match to be matched (after the match going, if
   * any). Cheap; never throws; called after every indexing run.
   */
  public void indexChanged() {
    matcher.indexChanged();
  }

  /** The last article arrival matched (every follow has seen it): for health and tests. */
  public long matchedThrough() {
    return book.matchedThrough();
  }

  /** Alerts waiting to go out as they happen, or being sent: for health and tests. */
  public int waitingAlerts() {
    return due.waiting();
  }

  /** What an operator watches (metrics). */
  public FollowStats stats() {
    return new FollowStats(
        book.size(),
        book.chats().pausedChats(),
        due.waiting(),
        alertsSent.sum(),
        deliveriesFailed.sum(),
        chatsBlocked.sum(),
        deliveriesRefused.sum());
  }

  /** Wakes the sending side to look again (a digest time changed; a test moved its clock). */
  public void wake() {
    due.wake();
  }

  @Override
  public List<Delivery> due(Duration wait) throws InterruptedException {
    return due.due(wait);
  }

  @Override
  public void sent(Delivery d) {
    due.sent(d);
    alertsSent.add(d.alerts().size());
  }

  @Override
  public void failed(Delivery d, boolean blocked) {
    due.failed(d, blocked);
    (blocked ? chatsBlocked : deliveriesFailed).increment();
  }

  @Override
  public void refused(Delivery d) {
    due.refused(d);
    deliveriesRefused.increment();
  }

  @Override
  public void close() {
    try (FollowBook b = book;
        Outbox o = outbox;
        NewArticles m = matcher) {
      due.wake(); // the matching thread stops first, then the outbox and the book close
    }
  }
}
