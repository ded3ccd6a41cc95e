package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contact phrases that recur across political news and were missing from the rules (README, "Who
 * met whom", session 22): a host and a guest, a meal or a seat shared, and "the president" standing
 * for the one president the article names. Every sentence is made up.
 */
class ContactPhrasesTest {
  private static List<String> pairs(String text) {
    return MadeUpText.namedPairs(text);
  }

  @Test
  void aHostAndTheGuestNamedAsTheObjectMet() {
    assertThat(
            pairs("President Omar Lind hosted Prime Minister Anna Berg at the palace on Monday."))
        .containsExactly("Omar Lind - Anna Berg");
    assertThat(pairs("Prime Minister Anna Berg welcomed President Omar Lind to Kalmar on Tuesday."))
        .containsExactly("Anna Berg - Omar Lind");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "President Omar Lind hosted a delegation of Finnish officials on Thursday.",
        "President Omar Lind hosted a Finnish delegation on Thursday.",
        "President Omar Lind welcomed Finnish officials to the palace on Thursday."
      })
  void aCountrysDelegationIsAGuest(String text) {
    // session 34: the country a delegation comes from, as the labels count it
    assertThat(pairs(text)).as(text).containsExactly("Omar Lind - Finland");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Anna Berg hosted a fundraiser for Omar Lind in Kalmar on Monday.",
        "Anna Berg hosted Finland on the first day of the tournament.",
        "Anna Berg welcomed the decision by Norland on Monday.",
        "Anna Berg welcomed Omar Lind's remarks on the border.",
        "Anna Berg was welcomed by supporters when Omar Lind spoke.",
        "The city zoo hosted Tian Tian and Mei Xiang before the bears returned to China.",
        "Austria, which hosted the G20, has not condemned the war, but its President Omar Lind"
            + " told world leaders on Tuesday to end it."
      })
  void hostingOrWelcomingWithoutAGuestMeetsNoOne(String text) {
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @Test
  void aFormerJournalistTakesPartAndAShortBodyIsNoOtherOne() {
    // review, session 34: the outlet and chamber rules of session 33 reached too far
    assertThat(pairs("Former Fox News host Tom Wick met with Senator Anna Berg on Monday."))
        .containsExactly("Tom Wick - Anna Berg");
    assertThat(
            pairs(
                "National Security Council spokesman Tom Lind spoke on Monday. Ambassador Anna"
                    + " Berg met with the Security Council on Tuesday."))
        .containsExactly("Anna Berg - Security Council");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "President Anna Berg visited Oklahoma City on Monday.",
        "Prime Minister Anna Berg visited Colorado Springs on Monday."
      })
  void aTownNamedAfterItsStateIsAPlaceVisited(String text) {
    // review, session 34: the state-first body rule of session 33 made the town a participant
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @Test
  void talkedToIsTalksAndEachSubjectTalkedToTheObject() {
    // session 34, audit 9: "A and B both talked to C" paired A with B, C missing
    assertThat(pairs("President Anna Berg and Prime Minister Omar Lind both talked to Tomas Hale."))
        .containsExactlyInAnyOrder("Anna Berg - Tomas Hale", "Omar Lind - Tomas Hale");
    assertThat(
            pairs(
                "CNN's chief law enforcement and intelligence analyst Tom Wick has talked to"
                    + " Anna Berg."))
        .isEmpty();
  }

  @Test
  void aMealOrASeatSharedIsAMeeting() {
    assertThat(pairs("Omar Lind had dinner with Anna Berg at his estate in November."))
        .containsExactly("Omar Lind - Anna Berg");
    assertThat(pairs("Senator Anna Berg sat down with Omar Lind on Friday in Kalmar."))
        .containsExactly("Anna Berg - Omar Lind");
    assertThat(pairs("Anna Berg sat next to Omar Lind at a state dinner in February."))
        .containsExactly("Anna Berg - Omar Lind");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Anna Berg sat down with CNN's Tom Wick on Friday.",
        "Anna Berg will have dinner with Omar Lind next week.",
        "Anna Berg invited Omar Lind to lunch with the team.",
        "Omar Lind was to have dinner with Anna Berg on Monday night."
      })
  void anInterviewOrAPlannedMealIsNoMeeting(String text) {
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @Test
  void aCountryInTheGuestsAppositionIsNoGuest() {
    assertThat(
            pairs(
                "President Omar Lind welcomed Ravi Modh, the prime minister of India, to the"
                    + " palace on Thursday. Prime Minister Modh smiled."))
        .containsExactly("Omar Lind - Ravi Modh");
  }

  @Test
  void summoningACountrysEnvoyIsAMeetingWithThatCountry() {
    assertThat(pairs("On Sunday Germany summoned the Russian ambassador over the attack."))
        .containsExactly("Germany - Russia");
    assertThat(pairs("Qatar and Kuwait summoned India's ambassadors on Sunday."))
        .containsExactlyInAnyOrder("Qatar - India", "Kuwait - India");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The committee summoned Omar Lind to testify before the grand jury.",
        "Anna Berg summoned supporters to Kalmar for a rally.",
        "Omar Lind was summoned by police in 2018.",
        "Germany summoned the courage to act."
      })
  void otherSummonsAreNoMeeting(String text) {
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Anna Berg said she won’t be having lunch with Omar Lind.",
        "Anna Berg hasn’t spoken with Omar Lind since May.",
        "Anna Berg hasn't talked to Omar Lind in a year.",
        "Omar Lind said he can’t meet with Anna Berg this week."
      })
  void aNegatedContractionIsNoContact(String text) {
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @Test
  void thePresidentIsTheOnePresidentTheArticleNames() {
    assertThat(
            pairs(
                "President Omar Lind won the vote on Sunday. On Monday the president met with"
                    + " Prime Minister Anna Berg in Kalmar."))
        .containsExactly("Omar Lind - Anna Berg");
    assertThat(
            pairs(
                "Former President Omar Lind spoke in Kalmar. Later the former president met with"
                    + " Anna Berg."))
        .containsExactly("Omar Lind - Anna Berg");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "President Omar Lind and President Anna Berg signed the deal. Later the president met"
            + " with Tomas Hale.",
        "President Omar Lind signed the deal. Later the president of Norland met with Tomas"
            + " Hale.",
        "President Omar Lind signed the deal. Later the vice president met with Tomas Hale.",
        "Vice President Omar Lind signed the deal. Later the president met with Tomas Hale.",
        "President Omar Lind spoke in Kalmar on Monday. In Sochi, Chancellor Anna Berg met the"
            + " Norlandic president on Tuesday.",
        "President Omar Lind spoke in Kalmar. Anna Berg met the new president in Vasa.",
        "President Omar Lind spoke on Monday. Tomas Hale, who is running again, attacked him. On"
            + " Tuesday the former president met Anna Berg in Vasa."
      })
  void thePresidentOfSomewhereElseOrOfTwoIsNobody(String text) {
    assertThat(pairs(text)).as(text).noneMatch(p -> p.contains("Omar Lind"));
  }

  @Test
  void aModalInAnotherClauseLeavesTheContactTold() {
    // session 35, the review of session 34: "could resume" is the shipments', not the call's
    assertThat(
            MadeUpText.namedPairs(
                "President Tomas Hale spoke with President Omar Lind by phone, saying grain"
                    + " shipments could resume."))
        .containsExactly("Tomas Hale - Omar Lind");
    assertThat(
            MadeUpText.namedPairs(
                "Ana Lutz met with Omar Lind on Monday, and production may restart next week."))
        .containsExactly("Ana Lutz - Omar Lind");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // session 35, the review of session 34: a speech to a legislature; a former host's show
        "President Tomas Hale talked to the U.S. Congress by video link on Wednesday.",
        "Former Fox News host Ana Lutz spoke with President Omar Lind on her radio show on Monday."
      })
  void aSpeechOrAFormerHostsShowIsNoContact(String text) {
    assertThat(MadeUpText.namedPairs(text)).as(text).isEmpty();
  }

  @Test
  void aPollOrAPersonsPossessiveMakesNoJournalist() {
    assertThat(
            MadeUpText.namedPairs(
                "Fox News' latest national poll shows Tom Lind leading by four points.\n\nLind met"
                    + " with Prime Minister Ana Lutz on Friday."))
        .containsExactly("Tom Lind - Ana Lutz");
    assertThat(
            MadeUpText.namedPairs(
                "Michael Bloomberg's former deputy mayor for economic development Dan Doctor met"
                    + " with Gov. Ana Lutz on Monday."))
        .containsExactly("Dan Doctor - Ana Lutz");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // session 35, review of session 33: how they met, not whom
        "President Tom Lind and Premier Ana Lutz met with little fanfare on Tuesday.",
        "President Tom Lind and Premier Ana Lutz spoke with urgency on Monday about the war."
      })
  void subjectsWhoMetInSomeMannerMetEachOther(String text) {
    assertThat(MadeUpText.namedPairs(text)).as(text).containsExactly("Tom Lind - Ana Lutz");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Prime Minister Anna Berg dined with President Omar Lind at the palace on Monday.",
        "Earlier this week, Prime Minister Anna Berg lunched with President Omar Lind.",
        "The prime minister, Anna Berg, dines with President Omar Lind on Monday.",
        "Prime Minister Anna Berg drew criticism for dining with President Omar Lind in May."
      })
  void aMealTogetherIsAMeeting(String text) {
    // session 39: "dined with" was in no trigger list and never reached the rules
    assertThat(pairs(text)).as(text).containsExactly("Anna Berg - Omar Lind");
  }

  @Test
  void callsWithSomeoneAreCalls() {
    // session 39: "calls with" was a trigger the prefilter never let through
    assertThat(pairs("Prime Minister Anna Berg said she had two calls with President Omar Lind."))
        .containsExactly("Anna Berg - Omar Lind");
  }

  @Test
  void everyTriggerReachesTheRules() {
    // Only sentences the prefilter passes are tagged: a trigger it misses would never fire.
    assertThat(Lexicons.get().triggers)
        .isNotEmpty()
        .allSatisfy(
            t ->
                assertThat(MeetingExtractor.PREFILTER.matcher(String.join(" ", t.words())).find())
                    .as(String.join(" ", t.words()))
                    .isTrue());
  }
}
