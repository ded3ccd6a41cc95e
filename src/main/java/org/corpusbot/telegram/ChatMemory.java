package org.corpusbot.telegram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpusbot.answer.Citation;

/** The sources of each chat's last answer, for /sources; bounded to the most recent chats. */
final class ChatMemory {
  private static final int CHATS = 10_000;

  private final Map<Long, List<Citation>> last =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<Citation>> e) {
          return size() > CHATS;
        }
      };

  synchronized void remember(long chatId, List<Citation> citations) {
    last.put(chatId, List.copyOf(citations));
  }

  synchronized List<Citation> sources(long chatId) {
    return last.getOrDefault(chatId, List.of());
  }
}
