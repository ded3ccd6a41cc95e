package org.corpusbot.follows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * What the book keeps per chat besides its follows ({@link ChatState}): paused or not, its daily
 * digest time and when the last went out, and what a digest turned off still holds. Kept in the
 * book's journal; every change is durable before the method returns. Thread-safe: it takes the
 * book's lock, so that one journal and its compactions see the follows and the chats together.
 */
final class Chats {
  private final Object lock;
  private final Clock clock;
  private final BookLines codec;
  private final BiConsumer<ObjectNode, Runnable> write; // journals a line, then applies it
  private final Runnable pausedChanged;
  private final Map<Long, ChatState> chats = new LinkedHashMap<>(); // guarded by lock

  Chats(
      Object lock,
      Clock clock,
      BookLines codec,
      BiConsumer<ObjectNode, Runnable> write,
      Runnable pausedChanged) {
    this.lock = lock;
    this.clock = clock;
    this.codec = codec;
    this.write = write;
    this.pausedChanged = pausedChanged;
  }

  /** How many chats are paused (they blocked the bot). */
  int pausedChats() {
    synchronized (lock) {
      return (int) chats.values().stream().filter(ChatState::paused).count();
    }
  }

  /** Stops matching the chat's follows (it blocked the bot); they are kept. Durable. */
  void pause(long chatId) {
    synchronized (lock) {
      set(chatId, chat(chatId).paused(true));
    }
  }

  /** Matches the chat's follows again. Durable. */
  void resume(long chatId) {
    synchronized (lock) {
      set(chatId, chat(chatId).paused(false));
    }
  }

  boolean paused(long chatId) {
    synchronized (lock) {
      return chat(chatId).paused();
    }
  }

  /** The chat's daily digest time; empty: instant alerts (the default). */
  Optional<DigestTime> digest(long chatId) {
    synchronized (lock) {
      return Optional.ofNullable(chat(chatId).digest());
    }
  }

  /**
   * Sets the chat's digest time, or {@code null} for instant alerts, durably. A new time counts
   * from now: the first digest is the next {@code time} after this call; the time already set
   * changes nothing.
   */
  void digest(long chatId, DigestTime time) {
    synchronized (lock) {
      if (time != null && time.equals(chat(chatId).digest())) {
        return; // the same time again: the digest already due stays due
      }
      set(chatId, chat(chatId).digest(time, time == null ? null : clock.instant()));
    }
  }

  /**
   * Turns the chat's digest off, durably, in one write with what it held: its unsent alerts up to
   * outbox seq {@code heldThrough} (0: none) go out as one last digest ({@link #held}), later ones
   * as they happen.
   */
  void digestOff(long chatId, long heldThrough) {
    synchronized (lock) {
      set(chatId, chat(chatId).digest(null, null).held(heldThrough));
    }
  }

  /**
   * Records that the chat's daily digest went out at {@code at}: the next is due after it. Nothing
   * when the digest was turned off meanwhile (what it held since is still to go). Durable.
   */
  void digestSent(long chatId, Instant at) {
    synchronized (lock) {
      ChatState c = chat(chatId);
      if (c.digest() != null) {
        set(chatId, c.digest(c.digest(), at));
      }
    }
  }

  /**
   * Records that what the chat's digest held when turned off went out, up to outbox seq {@code
   * through}: nothing is held any more unless it held later alerts. Durable.
   */
  void heldSent(long chatId, long through) {
    synchronized (lock) {
      ChatState c = chat(chatId);
      if (c.digest() == null && c.heldThrough() > 0 && c.heldThrough() <= through) {
        set(chatId, c.held(0));
      }
    }
  }

  /**
   * Chats whose digest was turned off while it held alerts that have not gone out yet (not paused
   * ones): chat id to the last outbox seq held.
   */
  Map<Long, Long> held() {
    Map<Long, Long> all = new LinkedHashMap<>();
    synchronized (lock) {
      chats.forEach(
          (id, c) -> {
            if (c.heldThrough() > 0 && c.digest() == null && !c.paused()) {
              all.put(id, c.heldThrough());
            }
          });
    }
    return all;
  }

  /** Every chat with a digest (paused or not), with when its next digest is due. */
  List<DigestPlan> digests() {
    List<DigestPlan> all = new ArrayList<>();
    synchronized (lock) {
      chats.forEach(
          (id, c) -> {
            if (c.digest() != null) {
              all.add(new DigestPlan(id, c.digest(), c.lastDigest(), c.paused()));
            }
          });
    }
    return all;
  }

  /** Applies a {@code "chat"} line of the journal (at open). */
  void replay(JsonNode n) {
    chats.put(n.get("chat").asLong(), codec.chatState(n));
  }

  /** The journal lines of every chat with something to keep (a compaction). */
  void snapshot(List<String> lines) {
    chats.forEach(
        (id, c) -> {
          if (!c.equals(ChatState.NONE)) {
            lines.add(codec.chat(id, c).toString());
          }
        });
  }

  private ChatState chat(long chatId) {
    return chats.getOrDefault(chatId, ChatState.NONE);
  }

  private void set(long chatId, ChatState next) {
    ChatState before = chat(chatId);
    if (next.equals(before)) {
      return;
    }
    write.accept(
        codec.chat(chatId, next),
        () -> {
          chats.put(chatId, next);
          if (before.paused() != next.paused()) {
            pausedChanged.run();
          }
        });
  }
}
