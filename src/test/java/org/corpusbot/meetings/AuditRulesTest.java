package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corpusbot.corpus.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The most frequent causes of wrong contacts in a precision audit on political news the rules were
 * never tuned on (README, "Who met whom"): places visited taken for people, "called" meaning named,
 * party tags and descriptors taken for names. Every sentence is made up, in the shape of that news.
 */
class AuditRulesTest {
  private static final LocalDate DATE = LocalDate.of(2024, 3, 15);
  private final MeetingExtractor extractor = new MeetingExtractor();

  private static List<String> pairs(String text) {
    return MadeUpText.namedPairs(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "First lady Mara Quint visited Ecuador, Costa Rica and Panama in recent days to stress"
            + " the partnership. Quint flew home on Sunday.",
        "Secretary Tomas Hale also visited El Paso on Tuesday, where he met local officials."
            + " Hale said the border was calm.",
        "In the capital, Anna Berg and her husband visited the Memory Wall of Fallen Defenders."
            + " Berg laid a wreath.",
        "After visiting the Norland Embassy in Kalmar at noon, Anna Berg left in a motorcade."
            + " Berg did not speak.",
        "On Thursday, Anna Berg visited Hollins Dogs and Cats Home in south Oslo. Berg smiled.",
        "After visiting the U.S. Embassy in Kalmar at noon local time, Berg entered the"
            + " motorcade. President Anna Berg spoke later."
      })
  void aVisitToAPlaceMeetsNoOne(String text) {
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @Test
  void aVisitToAPersonTheArticleNamesAsOneIsAContact() {
    assertThat(pairs("Prime Minister Anna Berg visited President Omar Lind in Oslo on Monday."))
        .containsExactly("Anna Berg - Omar Lind");
    assertThat(
            pairs(
                "Omar Lind won the vote on Sunday. Anna Berg visited her ally Lind weeks before"
                    + " the war. Berg said so."))
        .containsExactly("Anna Berg - Omar Lind");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Before the hearing, Anna Berg and Tomas Hale called Omar Lind a strong person.",
        "Anna Berg called Omar Lind \"a man one can do business with.\"",
        "Omar Lind of Norland's space agency, called NORSA, flew with her.",
        "Tomas Hale of the Vestrian space agency called NORSA flew with her."
      })
  void calledMeaningNamedOrDescribedIsNoCall(String text) {
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @Test
  void aCallIsStillACall() {
    assertThat(pairs("Anna Berg called Omar Lind on Monday to congratulate him."))
        .containsExactly("Anna Berg - Omar Lind");
    assertThat(
            extractor.extract(
                new Article(
                    "t",
                    "T",
                    DATE,
                    null,
                    null,
                    List.of(),
                    "The president called Omar Lind on Monday.",
                    null)))
        .as("a title before \"called\" is a caller, not a thing named")
        .anySatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo(EventKind.CALL);
              assertThat(e.participants()).extracting(Participant::name).contains("Omar Lind");
            });
  }

  @Test
  void partyTagsAndPartyDescriptorsAreNotParticipants() {
    assertThat(
            pairs(
                "Kevin Ames said he met with Senate Majority Leader Carl Stone, D-N.Y., to begin"
                    + " negotiations early."))
        .containsExactly("Kevin Ames - Carl Stone");
    assertThat(
            pairs("Omar Lind held meetings with Rep. Tomas Hale, a Nevada Republican, last year."))
        .containsExactly("Omar Lind - Tomas Hale");
  }

  @Test
  void thoseAHostMetAreOneSideNotAPair() {
    assertThat(
            pairs(
                "Lind signed off on the additional troops following a meeting on Tuesday morning"
                    + " at the White House with Defense Secretary Tomas Hale and Joint Chiefs"
                    + " Chairman Gen. Petra Solberg, an official said."))
        .doesNotContain("Tomas Hale - Petra Solberg", "Petra Solberg - Tomas Hale");
    assertThat(
            pairs(
                "Three days later, Brett Hale and Amos Berg, the president's top emissaries for"
                    + " the region, were in the Saudi capital of Riyadh for an hours-long,"
                    + " face-to-face meeting with Omar Lind and an entourage of top Saudi officials,"
                    + " including his brother, Prince Tomas Aziz, the kingdom's energy minister."))
        .isEmpty();
  }

  @Test
  void aPlacesCountryAfterItIsNoParticipant() {
    assertThat(
            pairs(
                "Mikhail Lind led the union for six years. In 1986, face to face with American"
                    + " President Ronald Hale at a summit in Reykjavik, Iceland, Lind made a"
                    + " stunning proposal."))
        .doesNotContain("Iceland - Mikhail Lind", "Mikhail Lind - Iceland");
  }

  @Test
  void aGenerationalSuffixAloneIsNoName() {
    assertThat(pairs("Lyndon Hale called Martin Luther King Jr. shortly after the vote."))
        .doesNotContain("Lyndon Hale - Jr.");
  }

  @Test
  void meetingInterestsIsNoMeeting() {
    assertThat(pairs("The partnership fully meets the interests of Norway and Hungary.")).isEmpty();
  }

  @Test
  void aPotentialMeetingIsNoMeeting() {
    assertThat(
            pairs(
                "The talks covered a potential meeting between President Anna Berg and President"
                    + " Omar Lind."))
        .isEmpty();
    assertThat(
            pairs(
                "The agency also reported the possibility of a meeting between Anna Berg and"
                    + " Omar Lind."))
        .isEmpty();
  }
}
