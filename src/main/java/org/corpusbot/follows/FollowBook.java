package org.corpusbot.follows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The chats' follows, pauses and digest settings, and how far matching has got, in {@code
 * <data>/follows/follows.journal}: every change is an fsynced append ({@link Journal}) before the
 * method returns, so a restart or a {@code kill -9} loses nothing acknowledged. Vectors are stored
 * with their follows (base64), so a start re-embeds nothing. Follow ids are never reused: the next
 * id is kept across compactions. Thread-safe; methods that write throw {@link
 * java.io.UncheckedIOException} when the disk refuses, and then change nothing.
 */
public final class FollowBook implements AutoCloseable {
  /** The most follows one chat can have. */
  public static final int MAX_PER_CHAT = 50;

  private static final int COMPACT_AFTER_LINES = 10_000;

  private final Clock clock;
  private final int compactAfter;
  private final BookLines codec = new BookLines(new ObjectMapper());
  private final Map<Long, Follow> follows = new TreeMap<>(); // by id: creation order
  private final Map<Long, ChatState> chats = new LinkedHashMap<>();
  private final Journal journal;
  private long nextId = 1;
  private long matchedThrough;
  private volatile long version;

  /** Opens (or creates) the follows in {@code dataDir}/follows. */
  public FollowBook(Path dataDir, Clock clock) {
    this(dataDir, clock, COMPACT_AFTER_LINES);
  }

  /** As above, compacting after {@code compactAfter} lines beyond twice the live ones (tests). */
  FollowBook(Path dataDir, Clock clock, int compactAfter) {
    this.clock = clock;
    this.compactAfter = compactAfter;
    Path file = dataDir.resolve("follows").resolve("follows.journal");
    this.journal = new Journal(file, codec.json(), this::replay, this::snapshot);
  }

  /**
   * Adds a follow to {@code chatId}, durably. {@code since} is the index's last arrival now (the
   * follow fires only on later ones), {@code vector} from {@link Matching#vector} (null for a pair)
   * made by {@code model}. Throws {@link FollowException} when the chat already has {@value
   * #MAX_PER_CHAT} follows, already follows the same, or the text is longer than {@value
   * FollowText#MAX_LENGTH}.
   */
  public synchronized Follow add(
      long chatId,
      Follow.Kind kind,
      String text,
      List<String> people,
      long since,
      float[] vector,
      String model) {
    if (text.length() > FollowText.MAX_LENGTH) {
      throw new FollowException("A follow takes at most " + FollowText.MAX_LENGTH + " characters.");
    }
    List<Follow> mine = of(chatId);
    if (mine.size() >= MAX_PER_CHAT) {
      throw new FollowException(
          "This chat follows "
              + mine.size()
              + " things, the most it can; /unfollow one first (/following lists them).");
    }
    String same = FollowText.sameness(kind, text, people == null ? List.of() : people);
    for (int i = 0; i < mine.size(); i++) {
      Follow f = mine.get(i);
      if (FollowText.sameness(f.kind(), f.text(), f.people()).equals(same)) {
        throw new FollowException(
            "This chat follows " + f.text() + " already (number " + (i + 1) + ").");
      }
    }
    float[] copy = vector == null ? null : vector.clone();
    Follow f = new Follow(nextId, chatId, kind, text, people, since, clock.instant(), copy, model);
    write(
        codec.added(f),
        () -> {
          follows.put(f.id(), f);
          nextId = f.id() + 1;
          changed();
        });
    return f;
  }

  /**
   * Gives each follow of {@code vectors} (by id) its new vector made by {@code model}, durably and
   * with one disk sync for all (their lines are written again: replaying one replaces the old).
   * Follows gone meanwhile are skipped.
   */
  public synchronized void revector(Map<Long, float[]> vectors, String model) {
    List<Follow> updated = new ArrayList<>();
    StringBuilder lines = new StringBuilder();
    vectors.forEach(
        (id, v) -> {
          Follow old = follows.get(id);
          if (old != null) {
            Follow f = old.withVector(v.clone(), model);
            updated.add(f);
            lines.append(codec.added(f)).append('\n');
          }
        });
    if (updated.isEmpty()) {
      return;
    }
    journal.append(lines.toString(), updated.size());
    updated.forEach(f -> follows.put(f.id(), f));
    changed();
    journal.compactBeyond(compactAfter + 2 * follows.size());
  }

  /** How many follows there are, paused chats' too. */
  public synchronized int size() {
    return follows.size();
  }

  /** How many chats are paused (they blocked the bot). */
  public synchronized int pausedChats() {
    return (int) chats.values().stream().filter(ChatState::paused).count();
  }

  /** Every follow, paused chats' too, oldest first. */
  public synchronized List<Follow> all() {
    return List.copyOf(follows.values());
  }

  /** The chat's follows in the order it sees them: {@code /unfollow N} removes the N-th. */
  public synchronized List<Follow> of(long chatId) {
    return follows.values().stream().filter(f -> f.chatId() == chatId).toList();
  }

  /** Removes the chat's {@code number}-th follow (1-based), durably; empty if there is none. */
  public synchronized Optional<Follow> remove(long chatId, int number) {
    List<Follow> mine = of(chatId);
    if (number < 1 || number > mine.size()) {
      return Optional.empty();
    }
    Follow f = mine.get(number - 1);
    write(
        codec.removed(f.id()),
        () -> {
          follows.remove(f.id());
          changed();
        });
    return Optional.of(f);
  }

  /** Every follow of a chat that is not paused, oldest first. */
  public synchronized List<Follow> active() {
    return follows.values().stream().filter(f -> !paused(f.chatId())).toList();
  }

  /** Stops matching the chat's follows (it blocked the bot); they are kept. Durable. */
  public synchronized void pause(long chatId) {
    setChat(chatId, chat(chatId).paused(true));
  }

  /** Matches the chat's follows again. Durable. */
  public synchronized void resume(long chatId) {
    setChat(chatId, chat(chatId).paused(false));
  }

  public synchronized boolean paused(long chatId) {
    return chat(chatId).paused();
  }

  /** The chat's daily digest time; empty: instant alerts (the default). */
  public synchronized Optional<DigestTime> digest(long chatId) {
    return Optional.ofNullable(chat(chatId).digest());
  }

  /**
   * Sets the chat's digest time, or {@code null} for instant alerts, durably. A new time counts
   * from now: the first digest is the next {@code time} after this call; the time already set
   * changes nothing.
   */
  public synchronized void digest(long chatId, DigestTime time) {
    if (time != null && time.equals(chat(chatId).digest())) {
      return; // the same time again: the digest already due stays due
    }
    setChat(chatId, chat(chatId).digest(time, time == null ? null : clock.instant()));
  }

  /**
   * Turns the chat's digest off, durably, in one write with what it held: its unsent alerts up to
   * outbox seq {@code heldThrough} (0: none) go out as one last digest ({@link #held}), later ones
   * as they happen.
   */
  public synchronized void digestOff(long chatId, long heldThrough) {
    setChat(chatId, chat(chatId).digest(null, null).held(heldThrough));
  }

  /**
   * Records that the chat's daily digest went out at {@code at}: the next is due after it. Nothing
   * when the digest was turned off meanwhile (what it held since is still to go). Durable.
   */
  public synchronized void digestSent(long chatId, Instant at) {
    ChatState c = chat(chatId);
    if (c.digest() != null) {
      setChat(chatId, c.digest(c.digest(), at));
    }
  }

  /**
   * Records that what the chat's digest held when turned off went out, up to outbox seq {@code
   * through}: nothing is held any more unless it held later alerts. Durable.
   */
  public synchronized void heldSent(long chatId, long through) {
    ChatState c = chat(chatId);
    if (c.digest() == null && c.heldThrough() > 0 && c.heldThrough() <= through) {
      setChat(chatId, c.held(0));
    }
  }

  /**
   * Chats whose digest was turned off while it held alerts that have not gone out yet (not paused
   * ones): chat id to the last outbox seq held.
   */
  public synchronized Map<Long, Long> held() {
    Map<Long, Long> all = new LinkedHashMap<>();
    chats.forEach(
        (id, c) -> {
          if (c.heldThrough() > 0 && c.digest() == null && !c.paused()) {
            all.put(id, c.heldThrough());
          }
        });
    return all;
  }

  /** Every chat with a digest (paused or not), with when its next digest is due. */
  public synchronized List<DigestPlan> digests() {
    List<DigestPlan> all = new ArrayList<>();
    chats.forEach(
        (id, c) -> {
          if (c.digest() != null) {
            all.add(new DigestPlan(id, c.digest(), c.lastDigest(), c.paused()));
          }
        });
    return all;
  }

  /** The last arrival matching has finished with (0 at first). */
  public synchronized long matchedThrough() {
    return matchedThrough;
  }

  /** Records that every article up to {@code arrival} was matched, durably; never goes back. */
  public synchronized void matchedThrough(long arrival) {
    if (arrival > matchedThrough) {
      write(codec.matched(arrival), () -> matchedThrough = arrival);
    }
  }

  /**
   * Changes whenever {@link #active()} may have changed (a follow added or removed, a chat paused
   * or resumed): a matcher built at one version is stale at another. Not durable.
   */
  public long version() {
    return version;
  }

  private ChatState chat(long chatId) {
    return chats.getOrDefault(chatId, ChatState.NONE);
  }

  private void setChat(long chatId, ChatState next) {
    ChatState before = chat(chatId);
    if (next.equals(before)) {
      return;
    }
    write(
        codec.chat(chatId, next),
        () -> {
          chats.put(chatId, next);
          if (before.paused() != next.paused()) {
            changed();
          }
        });
  }

  private void changed() {
    version++;
  }

  /**
   * Journals {@code line}, then applies it to memory ({@code apply}), then compacts if due: the
   * state in memory never runs ahead of the disk, and a compaction always includes the change.
   */
  private void write(ObjectNode line, Runnable apply) {
    journal.append(line.toString() + "\n", 1);
    apply.run();
    journal.compactBeyond(compactAfter + 2 * follows.size());
  }

  private void replay(JsonNode n) {
    if (n.has("add")) {
      Follow f = codec.follow(n.get("add"));
      follows.put(f.id(), f);
      nextId = Math.max(nextId, f.id() + 1);
    } else if (n.has("remove")) {
      follows.remove(n.get("remove").asLong());
    } else if (n.has("chat")) {
      chats.put(n.get("chat").asLong(), codec.chatState(n));
    } else if (n.has("matched")) {
      matchedThrough = Math.max(matchedThrough, n.get("matched").asLong());
    } else if (n.has("nextId")) {
      nextId = Math.max(nextId, n.get("nextId").asLong());
    } else {
      throw new IllegalArgumentException("an unknown line");
    }
  }

  private List<String> snapshot() {
    List<String> lines = new ArrayList<>();
    lines.add(codec.head(nextId).toString());
    lines.add(codec.matched(matchedThrough).toString());
    chats.forEach(
        (id, c) -> {
          if (!c.equals(ChatState.NONE)) {
            lines.add(codec.chat(id, c).toString());
          }
        });
    follows.values().forEach(f -> lines.add(codec.added(f).toString()));
    return lines;
  }

  @Override
  public synchronized void close() {
    journal.close();
  }
}
