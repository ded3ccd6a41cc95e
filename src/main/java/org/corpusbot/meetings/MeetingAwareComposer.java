package org.corpusbot.meetings;

import java.util.List;
import java.util.Optional;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.Question;
import org.corpusbot.answer.QuestionParser;
import org.corpusbot.answer.ShortAnswer;

/**
 * Answers questions about who met whom, where and when from the extracted contacts (a yes/no one
 * opens with "Yes." when a contact says so), and every other question, a question about what was
 * said or agreed at a meeting, or a contact question the contacts don't answer, with the next
 * composer. Thread-safe.
 */
public final class MeetingAwareComposer implements AnswerComposer {
  private static final java.util.regex.Pattern WHERE =
      java.util.regex.Pattern.compile("(?i)\\bwhere\\b");

  private final MeetingQuestions questions = new MeetingQuestions();
  private final ContactStore store;
  private final MeetingAnswers answers = new MeetingAnswers();
  private final AnswerComposer next;
  private final LowerCaseNames lowerCase;

  public MeetingAwareComposer(ContactStore store, AnswerComposer next) {
    this.store = store;
    this.next = next;
    this.lowerCase = new LowerCaseNames(store::asWritten);
  }

  @Override
  public Answer answer(Question question) {
    return answer(question, null);
  }

  @Override
  public Answer answer(Question question, java.util.function.Consumer<String> progress) {
    long t0 = System.nanoTime();
    // A multiple-choice question wants one of its options, which a list of contacts doesn't pick.
    Optional<MeetingQuery> q =
        QuestionParser.parse(question).options().isEmpty()
            ? questions.parse(recased(question.text()))
            : Optional.empty();
    if (q.isPresent()) {
      boolean inPerson = questions.inPersonOnly(question.text());
      List<ContactStore.Found> found =
          store.find(q.get()).stream()
              .filter(f -> published(f, question))
              .filter(f -> !inPerson || !f.event().kind().remote())
              .toList();
      if (WHERE.matcher(question.text()).find()) {
        // "Where did Macron meet Putin?": the contacts that give a place first (user trial 58:
        // "meeting, in Moscow" came fourth, after talks with no place)
        found =
            found.stream()
                .sorted(java.util.Comparator.comparing(f -> f.event().place() == null))
                .toList();
      }
      if (!found.isEmpty()) {
        Answer a = answers.render(question.text(), found, "");
        if (questions.yesNo(question.text())) {
          // The contacts found match every part the question named, so they say yes; no contact
          // is not a no (the rules miss contacts), so that case goes on to the passages.
          ShortAnswer yes = new ShortAnswer("Yes", List.of(a.citations().get(0).n()));
          a = new Answer(a.question(), true, "Yes. " + a.text(), a.citations(), a.note(), 0, yes);
        }
        return a.withTook((System.nanoTime() - t0) / 1_000_000);
      }
    }
    return next.answer(question, progress);
  }

  /**
   * "who did biden meet" read as "who did Biden meet", names as the contacts write them; only a
   * question worded about contacts is looked up.
   */
  private String recased(String text) {
    return questions.worded(text) ? lowerCase.recase(text) : text;
  }

  /** Events reported after the moment of asking had not been reported yet. */
  private static boolean published(ContactStore.Found f, Question q) {
    return q.asOf() == null || f.article().date() == null || !f.article().date().isAfter(q.asOf());
  }
}
