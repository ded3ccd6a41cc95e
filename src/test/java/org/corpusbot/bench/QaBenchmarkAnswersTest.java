package org.corpusbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.Question;
import org.corpusbot.answer.ShortAnswer;
import org.junit.jupiter.api.Test;

class QaBenchmarkAnswersTest {
  private static BenchQuestion quiz(String id, String sentence) {
    return new BenchQuestion(
        id, null, sentence, List.of("Audi", "Mercedes", "Ford", "BMW"), 1, List.of("a1"), "");
  }

  /** Answers "Mercedes" to every question and remembers what it was asked, in order. */
  private static final class Scripted implements AnswerComposer {
    final List<String> asked = new ArrayList<>();

    @Override
    public Answer answer(Question q) {
      asked.add(q.text());
      return new Answer(q.text(), true, "Mercedes unveiled the EQXX. [1]", List.of(), null, 0);
    }
  }

  @Test
  void timesBothFormsOfEachQuestionAndAlternatesWhichGoesFirst() {
    Scripted composer = new Scripted();
    QaBenchmark bench = new QaBenchmark(null, composer);
    List<BenchQuestion> qs =
        List.of(quiz("q1", "Which car company unveiled the EQXX?"), quiz("q2", "Who made it?"));

    QaBenchmark.AnswerRun run = bench.answers(qs);

    assertThat(run.asked().latenciesMs()).hasSize(2).allMatch(ms -> ms >= 0);
    assertThat(run.asked().cpuMs()).hasSize(2);
    assertThat(run.asked().processCpuMs()).hasSize(2).allMatch(ms -> ms >= 0);
    assertThat(run.alone().latenciesMs()).hasSize(2).allMatch(ms -> ms >= 0);
    assertThat(run.alone().cpuMs()).hasSize(2);
    assertThat(run.latenciesMs()).isSameAs(run.asked().latenciesMs());
    assertThat(composer.asked)
        .containsExactly(
            "Which car company unveiled the EQXX? Options: Audi; Mercedes; Ford; BMW.",
            "Which car company unveiled the EQXX?",
            "Who made it?",
            "Who made it? Options: Audi; Mercedes; Ford; BMW.");
    assertThat(run.accuracy()).isEqualTo(1.0);
    assertThat(run.freeformAccuracy()).isEqualTo(1.0);
    assertThat(run.shortAnswers().given()).isZero();
  }

  @Test
  void scoresTheDirectAnswersThatLeadFreeFormReplies() {
    AnswerComposer composer =
        q -> {
          String lead = q.text().startsWith("Which") ? "Mercedes" : "Audi";
          return new Answer(
              q.text(),
              true,
              lead + " [1]\nMercedes unveiled the EQXX. [1]",
              List.of(),
              null,
              0,
              new ShortAnswer(lead, List.of(1)));
        };
    QaBenchmark bench = new QaBenchmark(null, composer);
    List<BenchQuestion> qs =
        List.of(quiz("q1", "Which car company unveiled the EQXX?"), quiz("q2", "Who made it?"));

    QaBenchmark.ShortAnswers shorts = bench.answers(qs).shortAnswers();

    assertThat(shorts.given()).isEqualTo(2);
    assertThat(shorts.right()).isEqualTo(1);
    assertThat(shorts.precision()).isEqualTo(0.5);
    assertThat(shorts.wrong()).extracting(QaBenchmark.Miss::id).containsExactly("q2");
  }
}
