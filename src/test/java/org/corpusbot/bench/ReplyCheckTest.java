package org.corpusbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;
import org.junit.jupiter.api.Test;

/** What bench-bot reports when a chat does not get one reply per question. */
class ReplyCheckTest {
  static final List<Long> ASKED = List.of(100L, 200L, 300L);

  private static List<Sent> at(Object... timesAndTexts) {
    List<Sent> out = new ArrayList<>();
    for (int i = 0; i < timesAndTexts.length; i += 2) {
      out.add(
          new Sent(
              i, 7, (String) timesAndTexts[i + 1], "HTML", null, null, (Long) timesAndTexts[i]));
    }
    return out;
  }

  private static String check(List<Sent> replies) {
    return ReplyCheck.problems(7, ASKED, replies).orElse("ok");
  }

  @Test
  void eachWayOfGettingItWrongIsNamed() {
    assertThat(check(at(150L, "a", 250L, "b", 350L, "c"))).isEqualTo("ok");
    assertThat(check(at(150L, "a", 350L, "c"))).contains("3 questions").contains("turn 2: lost");
    assertThat(check(at(150L, "a", 250L, "b", 260L, "b", 350L, "c")))
        .contains("turn 2: doubled (2 identical messages)");
    assertThat(check(at(150L, "a", 250L, "first part", 251L, "second", 350L, "c")))
        .contains("turn 2: split into 2 messages (10 + 6 characters): \"first part\"");
    assertThat(check(at(150L, "a", 310L, "b", 350L, "c")))
        .contains("turn 2: late (its reply came after the next question)");
    assertThat(check(at(50L, "x", 150L, "a", 250L, "b", 350L, "c")))
        .contains("1 before the first question");
    assertThat(check(at(150L, "a", 250L, "b", 350L, "c", 9_999L, "c"))).contains("turn 3: doubled");
  }
}
