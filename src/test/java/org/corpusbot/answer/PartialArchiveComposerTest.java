package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartialArchiveComposerTest {
  private final UnreachableParts parts = new UnreachableParts();

  /** Answers after a search that {@code missed} (shard names) did not answer. */
  private AnswerComposer searchingMissing(Set<String> missed) {
    return q -> {
      parts.missed(missed);
      return new Answer(q.text(), false, ExtractiveComposer.NOT_FOUND, List.of(), null, 3);
    };
  }

  private static Question question() {
    return Question.of("Where did they meet?", LocalDate.of(2021, 11, 1));
  }

  @Test
  void anAnswerFromPartOfTheArchiveSaysSo() {
    Answer a =
        new PartialArchiveComposer(searchingMissing(Set.of("shard2")), parts).answer(question());
    assertThat(a.note()).isEqualTo(UnreachableParts.NOTE);
    assertThat(a.text()).isEqualTo(ExtractiveComposer.NOT_FOUND);
    // The reader is told that part is missing, not which: shard names are for the log.
    assertThat(a.note()).doesNotContain("shard2");
  }

  @Test
  void anAnswerFromTheWholeArchiveHasNoNote() {
    Answer a = new PartialArchiveComposer(searchingMissing(Set.of()), parts).answer(question());
    assertThat(a.note()).isNull();
  }

  @Test
  void whatOneAnswerMissedIsNotNotedOnTheNext() {
    PartialArchiveComposer partial =
        new PartialArchiveComposer(searchingMissing(Set.of("shard1")), parts);
    assertThat(partial.answer(question()).note()).isEqualTo(UnreachableParts.NOTE);
    assertThat(
            new PartialArchiveComposer(searchingMissing(Set.of()), parts).answer(question()).note())
        .isNull();
    // A search on a thread nobody listens on is heard by no one.
    parts.missed(Set.of("shard1"));
    try (UnreachableParts.Scope s = parts.listen()) {
      assertThat(s.parts()).isEmpty();
    }
  }

  @Test
  void anotherThreadsMissIsNotThisAnswers() throws Exception {
    try (UnreachableParts.Scope s = parts.listen()) {
      Thread other =
          new Thread(
              () -> {
                try (UnreachableParts.Scope o = parts.listen()) {
                  parts.missed(Set.of("shard2"));
                }
              },
              "other-answer");
      other.start();
      other.join();
      assertThat(s.parts()).isEmpty();
    }
  }

  @Test
  void aNestedListenerLeavesTheOuterOneHearing() {
    try (UnreachableParts.Scope outer = parts.listen()) {
      try (UnreachableParts.Scope inner = parts.listen()) {
        parts.missed(Set.of("shard1"));
        assertThat(inner.parts()).containsExactly("shard1");
      }
      parts.missed(Set.of("shard2"));
      assertThat(outer.parts()).containsExactlyInAnyOrder("shard1", "shard2");
    }
  }
}
