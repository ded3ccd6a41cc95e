package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConversationsTest {
  @Test
  void keepsTheLastTurnsOfEachChatUntilReset() {
    Conversations c = new Conversations();
    for (int i = 1; i <= Conversations.TURNS + 2; i++) {
      c.remember(7, new Turn("q" + i, "a" + i));
    }
    c.remember(8, new Turn("other", ""));
    assertThat(c.recent(7)).extracting(Turn::question).containsExactly("q3", "q4", "q5", "q6");
    assertThat(c.recent(8)).extracting(Turn::question).containsExactly("other");
    c.reset(7);
    assertThat(c.recent(7)).isEmpty();
    assertThat(c.recent(8)).hasSize(1);
  }

  @Test
  void forgetsTheLeastRecentlyActiveChatsBeyondTheBound() {
    Conversations c = new Conversations();
    for (long chat = 0; chat < Conversations.CHATS + 5; chat++) {
      c.remember(chat, new Turn("q", ""));
    }
    assertThat(c.size()).isEqualTo(Conversations.CHATS);
    assertThat(c.recent(0)).isEmpty();
    assertThat(c.recent(Conversations.CHATS + 4)).hasSize(1);
  }
}
