package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which questions are about contacts, and what they ask for. */
class MeetingQuestionsTest {
  private final MeetingQuestions questions = new MeetingQuestions();

  private MeetingQuery parse(String q) {
    return questions.parse(q).orElseThrow(() -> new AssertionError("not a contact question: " + q));
  }

  @Test
  void whoDidSomeoneMeet() {
    assertThat(parse("Who did Nuland meet?"))
        .isEqualTo(new MeetingQuery("Nuland", null, null, null, null, null));
  }

  @Test
  void aPairAndAPhoneCall() {
    assertThat(parse("Did Biden and Putin talk by phone?"))
        .isEqualTo(new MeetingQuery("Biden", "Putin", null, EventKind.CALL, null, null));
  }

  @Test
  void whoMetWhomSomewhere() {
    assertThat(parse("Who met whom in Geneva?"))
        .isEqualTo(new MeetingQuery(null, null, "Geneva", null, null, null));
    assertThat(parse("Who met whom?")).isEqualTo(MeetingQuery.ALL);
  }

  @Test
  void whatIsVisitedIsAPlace() {
    assertThat(parse("When did Nuland visit Moscow?"))
        .isEqualTo(new MeetingQuery("Nuland", null, "Moscow", EventKind.VISIT, null, null));
    assertThat(parse("Who visited Tarvik?"))
        .isEqualTo(new MeetingQuery(null, null, "Tarvik", EventKind.VISIT, null, null));
  }

  @Test
  void otherQuestionsAreNotAboutContacts() {
    assertThat(questions.parse("How much will the bridge cost?")).isEmpty();
    assertThat(questions.parse("What did Washington hand over to Moscow?")).isEmpty();
    assertThat(questions.parse("The summit was long.")).isEmpty();
  }

  @Test
  void chatCommandWords() {
    assertThat(MeetingQuery.parse("Biden and Putin"))
        .isEqualTo(new MeetingQuery("Biden", "Putin", null, null, null, null));
    assertThat(MeetingQuery.parse("Lin Biao in Geneva"))
        .isEqualTo(new MeetingQuery("Lin", "Biao", "Geneva", null, null, null));
    assertThat(MeetingQuery.parse("in Geneva"))
        .isEqualTo(new MeetingQuery(null, null, "Geneva", null, null, null));
    assertThat(MeetingQuery.parse("  ")).isEqualTo(MeetingQuery.ALL);
  }
}
