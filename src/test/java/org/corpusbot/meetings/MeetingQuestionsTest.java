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
  void whatTheyTalkedAboutIsNoParticipantNorPlace() {
    // "on" a day or a place is when or where (review 58)
    assertThat(parse("Who did Macron meet on Tuesday?"))
        .as("not every contact of Macron's")
        .isNotEqualTo(new MeetingQuery("Macron", null, null, null, null, null));
    assertThat(parse("Who did Pelosi meet on Capitol Hill?").place()).isEqualTo("Capitol Hill");
    assertThat(parse("Where did Macron meet Putin for their talks on Ukraine?"))
        .isEqualTo(new MeetingQuery("Macron", "Putin", null, null, null, null));
    assertThat(parse("Did Biden and Xi hold talks on Taiwan?"))
        .isEqualTo(new MeetingQuery("Biden", "Xi", null, null, null, null));
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

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "Which late-night talk show did President Joe Biden make his first in-person appearance"
            + " on this week?",
        "What did Biden and Putin agree at their meeting in Geneva?",
        "What did Nuland discuss when she visited Moscow?",
        "What did Biden and Putin talk about?",
        "Why did Nuland visit Moscow?",
        "When did Biden call for an end to the hacking?",
        "Which phone maker did Biden meet?",
        "What did Washington say after the summit?",
      })
  void questionsAboutWhatWasSaidAgreedOrShownAreNotContactQuestions(String q) {
    assertThat(questions.parse(q)).isEmpty();
  }

  @Test
  void whoWhereWhenWhetherAndHowOftenAreContactQuestions() {
    assertThat(parse("Which leaders did Biden meet?").person()).isEqualTo("Biden");
    assertThat(parse("How many times did Biden and Putin meet?").with()).isEqualTo("Putin");
    assertThat(parse("With whom did Nuland meet?").person()).isEqualTo("Nuland");
    assertThat(parse("Which countries did Nuland visit?").person()).isEqualTo("Nuland");
    assertThat(parse("Did Victoria Nuland visit Moscow?"))
        .isEqualTo(
            new MeetingQuery("Victoria Nuland", null, "Moscow", EventKind.VISIT, null, null));
  }

  @Test
  void yesNoQuestionsAreTold() {
    assertThat(questions.yesNo("Did Victoria Nuland visit Moscow?")).isTrue();
    assertThat(questions.yesNo("Has Biden ever met Xi?")).isTrue();
    assertThat(questions.yesNo("Who did Nuland meet?")).isFalse();
    assertThat(questions.yesNo("When did Nuland visit Moscow?")).isFalse();
  }
}
