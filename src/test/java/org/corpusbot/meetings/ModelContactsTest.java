package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.corpusbot.answer.llm.LlmFailure;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.corpus.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the model's contacts must bear out before they are kept, and how strictly it is read. */
class ModelContactsTest {
  static final String TEXT =
      "Acme Medical Inc said on Tuesday it had ended merger talks with Borealis Health Corp this week. "
          + "Chief executive Jane Roe met Borealis chairman Paul Ames in Boston on March 2, the"
          + " company said. Shares rose 3 percent.";
  static final Article ARTICLE =
      new Article(
          "acme-1",
          "Acme ends talks",
          LocalDate.of(2024, 3, 5),
          "wire",
          null,
          List.of(),
          TEXT,
          null);
  static final String TALKS =
      "Acme Medical Inc said on Tuesday it had ended merger talks with Borealis Health Corp this week.";
  static final String MET =
      "Chief executive Jane Roe met Borealis chairman Paul Ames in Boston on March 2, the company"
          + " said.";

  private final ModelContacts checks = new ModelContacts();
  private final List<Span> sentences = new SentenceSplitter().split(TEXT);

  static String event(String kind, String participants, String rest, String evidence) {
    return "{\"kind\":\"%s\",\"participants\":[%s],\"firstSide\":0%s,\"evidence\":\"%s\"}"
        .formatted(kind, participants, rest, evidence);
  }

  static String person(String name, String kind, String title) {
    return "{\"name\":\"%s\",\"kind\":\"%s\",\"title\":%s}"
        .formatted(name, kind, title == null ? "null" : "\"" + title + "\"");
  }

  static String reply(String... events) {
    return "{\"events\":[" + String.join(",", events) + "]}";
  }

  private ModelContacts.Checked read(String reply) {
    return checks.read(reply, ARTICLE, sentences);
  }

  @Test
  void keepsWhatTheArticleBearsOutWithTheEvidenceOffsets() {
    var c =
        read(
            reply(
                event(
                    "MEETING",
                    person("Jane Roe", "PERSON", "Chief executive")
                        + ","
                        + person("Paul Ames", "PERSON", "chairman"),
                    ",\"place\":\"Boston\",\"dateFrom\":\"2024-03-02\",\"dateTo\":\"2024-03-02\"",
                    MET)));
    assertThat(c.dropped()).isZero();
    ContactEvent e = c.events().get(0);
    assertThat(e.participants())
        .containsExactly(
            new Participant("Jane Roe", Participant.Kind.PERSON, "Chief executive"),
            new Participant("Paul Ames", Participant.Kind.PERSON, "chairman"));
    assertThat(TEXT.substring(e.start(), e.end())).isEqualTo(MET);
    assertThat(e.place()).isEqualTo("Boston");
    assertThat(e.dateFrom()).isEqualTo(LocalDate.of(2024, 3, 2));
    assertThat(e.extractedBy()).isEqualTo(ExtractedBy.MODEL);
  }

  @Test
  void evidenceRetypedWithOtherSpacesAndCaseIsStillTheSentence() {
    String retyped = MET.toUpperCase().replace(" ", "  ");
    var c = read(reply(event("meeting", person("Jane Roe", "PERSON", null), "", retyped)));
    assertThat(c.events()).hasSize(1);
    assertThat(c.events().get(0).evidence()).isEqualTo(MET);
  }

  @Test
  void participantsPlacesTitlesAndDatesTheArticleDoesNotHoldAreDropped() {
    var c =
        read(
            reply(
                event(
                    "MEETING",
                    person("Jane Roe", "PERSON", "President")
                        + ","
                        + person("Vladimir Putin", "PERSON", null)
                        + ","
                        + person("Roe", "ROBOT", null),
                    ",\"place\":\"Geneva\",\"dateFrom\":\"2024-02-01\",\"dateTo\":null",
                    MET),
                event("MEETING", person("Vladimir Putin", "PERSON", null), "", MET)));
    assertThat(c.events()).hasSize(1);
    ContactEvent e = c.events().get(0);
    assertThat(e.participants())
        .containsExactly(new Participant("Jane Roe", Participant.Kind.PERSON, null));
    assertThat(e.place()).isNull();
    assertThat(e.dateFrom()).isNull(); // the sentence says March 2, not February 1
    assertThat(c.dropped()).isEqualTo(1);
  }

  @Test
  void aNameMustBeWholeWordsNotPartOfOne() {
    var c = read(reply(event("TALKS", person("Acme Med", "GROUP", null), "", TALKS)));
    assertThat(c.events()).isEmpty();
  }

  @Test
  void evidenceThatIsNoSentenceOfTheArticleAnUnknownKindOrAFutureDateDropTheEvent() {
    var c =
        read(
            reply(
                event("TALKS", person("Acme Medical Inc", "GROUP", null), "", "Acme held talks."),
                event("LUNCH", person("Acme Medical Inc", "GROUP", null), "", TALKS),
                event(
                    "MEETING",
                    person("Jane Roe", "PERSON", null),
                    ",\"dateFrom\":\"2024-04-02\"",
                    MET)));
    assertThat(c.events()).isEmpty();
    assertThat(c.dropped()).isEqualTo(3);
  }

  @Test
  void sidesFollowTheParticipantsKept() {
    var c =
        read(
            reply(
                "{\"kind\":\"TALKS\",\"participants\":["
                    + person("Acme Medical Inc", "GROUP", null)
                    + ","
                    + person("Nobody Ltd", "GROUP", null)
                    + ","
                    + person("Borealis Health Corp", "GROUP", null)
                    + "],\"firstSide\":2,\"evidence\":\""
                    + TALKS
                    + "\"}"));
    ContactEvent e = c.events().get(0);
    assertThat(e.firstSide()).isEqualTo(1);
    assertThat(e.pairs()).hasSize(1);
  }

  @Test
  void oneCodeFenceAroundTheJsonIsAllowed() {
    String fenced = "```json\n" + reply() + "\n```";
    assertThat(read(fenced).events()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sure! Here are the contacts: {\"events\":[]}",
        "{\"events\":[]} And that is all.",
        "{\"events\":[], \"notes\":\"none\"}",
        "{\"events\":[], \"events\":[]}",
        "{\"contacts\":[]}",
        "{}",
        "[]",
        "{\"events\":[{\"kind\":\"TALKS\",\"confidence\":0.9}]}"
      })
  void aReplyThatIsNotTheJsonAskedForIsRefusedWhole(String reply) {
    assertThatThrownBy(() -> read(reply))
        .isInstanceOf(LlmFailure.class)
        .hasMessageStartingWith("reply ");
  }

  @Test
  void theRefusalNamesWhereItBrokeNeverTheReplysText() {
    assertThatThrownBy(() -> read("{\"events\": [ sk-secret-0123456789 ]}"))
        .isInstanceOf(LlmFailure.class)
        .hasMessageContaining("line 1")
        .hasMessageNotContaining("sk-secret");
  }

  @Test
  void tooManyEventsIsNoReadingOfAnArticle() {
    String[] many = new String[ModelContacts.MAX_EVENTS + 1];
    java.util.Arrays.fill(
        many, event("TALKS", person("Acme Medical Inc", "GROUP", null), "", TALKS));
    assertThatThrownBy(() -> read(reply(many))).isInstanceOf(LlmFailure.class);
  }

  @Test
  void contactsIndexedBeforeTheExtractorWasRecordedReadAsTheRules() throws Exception {
    String old =
        "{\"articleId\":\"a\",\"participants\":[{\"name\":\"Washington\",\"kind\":\"GROUP\","
            + "\"title\":null}],\"firstSide\":0,\"kind\":\"MEETING\",\"place\":null,"
            + "\"dateFrom\":null,\"dateTo\":null,\"evidence\":\"x\",\"start\":0,\"end\":1}";
    ContactEvent e = ContactAnnotator.JSON.readValue(old, ContactEvent.class);
    assertThat(e.extractedBy()).isEqualTo(ExtractedBy.RULES);
  }
}
