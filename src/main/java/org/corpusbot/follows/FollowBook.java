package org.corpusbot.follows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The chats' follows, their pauses and digest settings ({@link Chats}), and how far matching has
 * got, in {@code <data>/follows/follows.journal}: every change is an fsynced append ({@link
 * Journal}) before the method returns, so a restart or a {@code kill -9} loses nothing
 * acknowledged. Vectors are stored with their follows (base64), so a start re-embeds nothing.
 * Follow ids are never reused: the next id is kept across compactions. Thread-safe; methods that
 * write throw {@link java.io.UncheckedIOException} when the disk refuses, and then change nothing.
 */
public final class FollowBook implements AutoCloseable {
  /** The most follows one chat can have. */
  public static final int MAX_PER_CHAT = 50;

  private static final int COMPACT_AFTER_LINES = 10_000;

  private final Clock clock;
  private final int compactAfter;
  private final BookLines codec = new BookLines(new ObjectMapper());
  private final Map<Long, Follow> follows = new TreeMap<>(); // by id: creation order
  private final Chats chats;
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
    this.chats = new Chats(this, clock, codec, this::write, this::changed);
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
    return follows.values().stream().filter(f -> !chats.paused(f.chatId())).toList();
  }

  /** The chats' own settings: paused or not, digests (guarded by this book's lock). */
  Chats chats() {
    return chats;
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

  private void changed() {
    version++;
  }

  /**
   * Journals {@code line}, then applies it to memory ({@code apply}), then compacts if due: the
   * state in memory never runs ahead of the disk, and a compaction always includes the change.
   */
  private synchronized void write(ObjectNode line, Runnable apply) {
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
      chats.replay(n);
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
    chats.snapshot(lines);
    follows.values().forEach(f -> lines.add(codec.added(f).toString()));
    return lines;
  }

  @Override
  public synchronized void close() {
    journal.close();
  }
}
