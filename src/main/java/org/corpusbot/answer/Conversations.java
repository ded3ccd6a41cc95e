package org.corpusbot.answer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recent turns of each chat, for follow-up questions. Bounded: the last few turns of the most
 * recently active chats; the rest is forgotten. Thread-safe.
 */
public final class Conversations {
  static final int TURNS = 4;
  static final int CHATS = 10_000;

  private final Map<Long, Deque<Turn>> chats =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Deque<Turn>> e) {
          return size() > CHATS;
        }
      };

  public synchronized List<Turn> recent(long chat) {
    Deque<Turn> d = chats.get(chat);
    return d == null ? List.of() : new ArrayList<>(d);
  }

  public synchronized void remember(long chat, Turn turn) {
    Deque<Turn> d = chats.computeIfAbsent(chat, c -> new ArrayDeque<>());
    d.addLast(turn);
    while (d.size() > TURNS) {
      d.removeFirst();
    }
  }

  /** Forgets the chat's conversation (/reset). */
  public synchronized void reset(long chat) {
    chats.remove(chat);
  }

  synchronized int size() {
    return chats.size();
  }
}
