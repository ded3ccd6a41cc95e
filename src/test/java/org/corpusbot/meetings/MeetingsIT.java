package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.AnswerTuning;
import org.corpusbot.answer.ExtractiveComposer;
import org.corpusbot.answer.Question;
import org.corpusbot.answer.ShortAnswer;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.HybridSearcher;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.RetrievalTuning;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contacts go into a real index with the articles and come back by person, pair, place, kind and
 * date; questions about who met whom are answered from them with citations into the text.
 */
class MeetingsIT {
  static final LocalDate ASKED = LocalDate.of(2024, 4, 1);
  @TempDir static Path dir;
  static CorpusIndex index;
  static ContactStore store;
  static MeetingAwareComposer composer;
  static ExtractiveComposer passages;
  static String seedText;

  @BeforeAll
  static void build() throws IOException {
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    // An article without a date: its contacts are found, but never by a date range.
    Files.writeString(
        corpus.resolve("undated-envoy.txt"),
        "title Trade envoy tours the north\n\n"
            + "Trade envoy Lena Moritz met Mayor Piet Ansel in Tarvik on Tuesday to discuss the"
            + " new ferry line.\n");
    // A country written as an abbreviation: stored, and found, under its one name.
    Files.writeString(
        corpus.resolve("undated-ferry.txt"),
        "title Ferry talks resume\n\n"
            + "Cuba held talks with the U.S. in Havana on Tuesday about the new ferry line.\n");
    // Two contacts of one pair, the newer without a place: "where" puts the placed one first.
    Files.writeString(
        corpus.resolve("consul-governor.txt"),
        "title Consul and governor talk again\ndate 2024-03-01\n\n"
            + "Consul Ida Brenner held talks with Governor Tomas Vell on Friday about the port.\n\n"
            + "Brenner first met Vell in Ostrava on January 12.\n");
    index = CorpusIndex.openWritable(dir.resolve("index"));
    TestCorpus.sync(index, corpus);
    store = TestCorpus.contacts(index);
    HybridSearcher searcher =
        new HybridSearcher(index, TestCorpus.embedder(), RetrievalTuning.defaults());
    passages =
        new ExtractiveComposer(
            searcher, new Lexicon(index), TestCorpus.embedder(), AnswerTuning.defaults());
    composer = new MeetingAwareComposer(store, passages);
    seedText =
        new org.corpusbot.retrieval.LuceneCatalog(index)
            .get(TestCorpus.SEED_ID)
            .orElseThrow()
            .text();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<ContactStore.Found> find(
      String person, String with, String place, EventKind kind, LocalDate from, LocalDate to) {
    return store.find(new MeetingQuery(person, with, place, kind, from, to));
  }

  @Test
  void aPersonIsFoundByLastNameWithEvidenceQuotingTheArticle() {
    List<ContactStore.Found> found = find("Nuland", null, null, null, null, null);
    assertThat(found).singleElement();
    ContactEvent e = found.get(0).event();
    assertThat(e.kind()).isEqualTo(EventKind.VISIT);
    assertThat(e.place()).isEqualTo("Moscow");
    assertThat(e.articleId()).isEqualTo(TestCorpus.SEED_ID);
    assertThat(seedText.substring(e.start(), e.end())).isEqualTo(e.evidence());
    assertThat(found.get(0).article().date()).isEqualTo(LocalDate.of(2021, 10, 31));
  }

  @Test
  void aPairFindsEveryContactBetweenThemAndAFullNameFindsTheSame() {
    List<EventKind> kinds =
        find("Biden", "Putin", null, null, null, null).stream().map(f -> f.event().kind()).toList();
    assertThat(kinds).contains(EventKind.SUMMIT, EventKind.TALKS, EventKind.CALL);
    assertThat(find("Joe Biden", "Vladimir Putin", null, null, null, null)).hasSize(kinds.size());
    assertThat(find("Biden", "Nuland", null, null, null, null)).isEmpty();
  }

  @Test
  void aNameIsKnownWhenOneParticipantHoldsAllItsWordsNotTwoNamesTogether() {
    assertThat(store.knows("Putin")).isTrue();
    assertThat(store.knows("Nuland")).isTrue();
    assertThat(store.knows("Biden")).isTrue();
    assertThat(store.knows("Biden Putin")).as("two people, not one name").isFalse();
    assertThat(store.knows("Quillmoor")).isFalse();
    assertThat(store.knows("  ")).isFalse();
  }

  @Test
  void aCountryIsStoredUnderOneNameAndFoundByAnyOfItsNames() {
    List<ContactStore.Found> found = find("Cuba", null, null, null, null, null);
    assertThat(found)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.event().participants())
                    .extracting(Participant::name)
                    .containsExactly("Cuba", "United States"));
    for (String us : List.of("US", "the U.S.", "U.S.A.", "America", "United States")) {
      assertThat(find(us, "Cuba", null, null, null, null)).as(us).hasSize(1);
      assertThat(store.knows(us)).as(us).isTrue();
    }
  }

  @Test
  void placeKindAndDatesNarrowTheContacts() {
    assertThat(find(null, null, "Geneva", null, null, null))
        .extracting(f -> f.event().kind())
        .containsExactlyInAnyOrder(EventKind.SUMMIT, EventKind.TALKS);
    assertThat(find("Putin", null, null, EventKind.CALL, null, null))
        .singleElement()
        .satisfies(f -> assertThat(f.event().evidence()).contains("telephone conversation"));
    // The call was "in early July" 2021: a July range finds it, the summit day does not.
    assertThat(find("Putin", null, null, null, LocalDate.of(2021, 7, 5), LocalDate.of(2021, 7, 31)))
        .extracting(f -> f.event().kind())
        .containsExactly(EventKind.CALL);
    assertThat(
            find("Putin", null, null, null, LocalDate.of(2021, 6, 16), LocalDate.of(2021, 6, 16)))
        .extracting(f -> f.event().kind())
        .containsExactlyInAnyOrder(EventKind.SUMMIT, EventKind.TALKS);
    assertThat(find("Putin", null, null, null, LocalDate.of(2022, 1, 1), null)).isEmpty();
  }

  @Test
  void newestFirstAndUndatedLast() {
    List<ContactStore.Found> all = store.find(MeetingQuery.ALL);
    assertThat(all).hasSizeGreaterThanOrEqualTo(8);
    assertThat(all.get(all.size() - 1).event().dateFrom()).isNull();
    LocalDate previous = LocalDate.MAX;
    for (ContactStore.Found f : all) {
      if (f.event().dateFrom() == null) {
        break;
      }
      assertThat(f.event().dateFrom()).isBeforeOrEqualTo(previous);
      previous = f.event().dateFrom();
    }
  }

  @Test
  void anUndatedArticleIsIndexedAndItsContactIsFoundButNotByDate() {
    List<ContactStore.Found> found = find("Moritz", null, null, null, null, null);
    assertThat(found).singleElement();
    ContactEvent e = found.get(0).event();
    assertThat(e.participants())
        .extracting(Participant::name)
        .containsExactly("Lena Moritz", "Piet Ansel");
    assertThat(e.place()).isEqualTo("Tarvik");
    assertThat(e.dateFrom()).as("a Tuesday of no known week").isNull();
    assertThat(found.get(0).article().date()).isNull();
    assertThat(find("Moritz", null, null, null, LocalDate.of(2000, 1, 1), null)).isEmpty();
  }

  @Test
  void whoDidNulandMeetIsAnsweredFromTheContactsWithACitation() {
    Answer a = composer.answer(Question.of("Who did Nuland meet?", ASKED));
    assertThat(a.found()).isTrue();
    assertThat(a.text()).contains("Victoria Nuland").contains("visit").contains("Moscow");
    assertThat(a.text()).contains("[1]");
    assertThat(a.citations().get(0).quote()).contains("Nuland");
  }

  @Test
  void whoMetWhomInGenevaListsThePairOnce() {
    Answer a = composer.answer(Question.of("Who met whom in Geneva?", ASKED));
    assertThat(a.text()).startsWith("Joe Biden – Vladimir Putin:").contains("summit, in Geneva");
    assertThat(a.text().split("Joe Biden – Vladimir Putin", -1)).hasSize(2);
    assertThat(a.citations()).isNotEmpty().allMatch(c -> c.quote().contains("Geneva"));
  }

  @Test
  void aQuestionTypedInLowerCaseReachesTheContactsAsOneWithCapitalsDoes() {
    for (String[] pair :
        new String[][] {
          {"who did nuland meet", "Who did Nuland meet?"},
          {"who met whom in geneva", "Who met whom in Geneva?"},
          {"did biden and putin talk by phone", "Did Biden and Putin talk by phone?"},
        }) {
      Answer lower = composer.answer(Question.of(pair[0], ASKED));
      Answer cased = composer.answer(Question.of(pair[1], ASKED));
      assertThat(lower.text()).as(pair[0]).contains("•").isEqualTo(cased.text());
      assertThat(lower.citations()).isEqualTo(cased.citations());
    }
    // no stored contact names Haddad: the passages answer, as for "Who did Haddad meet?"
    Question haddad = Question.of("who did haddad meet", ASKED);
    assertThat(composer.answer(haddad).text())
        .isEqualTo(passages.answer(haddad).text())
        .doesNotContain("•");
  }

  @Test
  void whereListsTheContactsThatGiveAPlaceFirst() {
    String when = composer.answer(Question.of("When did Brenner and Vell meet?", ASKED)).text();
    String where = composer.answer(Question.of("Where did Brenner and Vell meet?", ASKED)).text();
    assertThat(when.indexOf("in Ostrava")).isGreaterThan(when.indexOf("place not given"));
    assertThat(where.indexOf("in Ostrava"))
        .isGreaterThanOrEqualTo(0)
        .isLessThan(where.indexOf("place not given"));
  }

  @Test
  void whereDidTheyMeetListsMeetingsInPersonNotTheirPhoneCall() {
    Answer a = composer.answer(Question.of("Where did Putin and Biden meet?", ASKED));
    assertThat(a.text()).contains("summit, in Geneva").doesNotContain("phone call");
  }

  @Test
  void didTheyTalkByPhoneFindsTheCallOnly() {
    Answer a = composer.answer(Question.of("Did Biden and Putin talk by phone?", ASKED));
    assertThat(a.text()).contains("phone call").doesNotContain("summit");
    assertThat(a.citations()).singleElement();
  }

  @Test
  void whenDidNulandVisitMoscowSaysTheTextGivesNoDate() {
    Answer a = composer.answer(Question.of("When did Nuland visit Moscow?", ASKED));
    assertThat(a.text()).contains("in Moscow").contains("date not given");
  }

  @Test
  void otherQuestionsAndContactQuestionsWithoutContactsGoToTheNextComposer() {
    Answer bridge = composer.answer(Question.of("How much will the bridge cost?", ASKED));
    assertThat(bridge.text()).contains("84 million");
    Question haddad = Question.of("Who did Haddad meet?", ASKED);
    Answer none = composer.answer(haddad);
    Answer fromPassages = passages.answer(haddad);
    assertThat(none.text())
        .as("the next composer's answer, not a list of contacts")
        .isEqualTo(fromPassages.text())
        .contains("Omar Haddad")
        .doesNotContain("•");
    assertThat(none.citations()).isNotEmpty().isEqualTo(fromPassages.citations());
  }

  @Test
  void contactsReportedAfterTheMomentOfAskingAreNotYetKnown() {
    Answer a = composer.answer(Question.of("Who did Nuland meet?", LocalDate.of(2021, 1, 1)));
    // No article published by then names her: the honest "no" says so.
    assertThat(a.text()).isEqualTo("The articles don't mention Nuland.");
    assertThat(a.found()).isFalse();
    assertThat(a.citations()).isEmpty();
  }

  @Test
  void aYesNoContactQuestionOpensWithYesAndTheCitedContact() {
    Answer a = composer.answer(Question.of("Did Victoria Nuland visit Moscow?", ASKED));
    assertThat(a.text()).startsWith("Yes. ").contains("in Moscow").contains("[1]");
    assertThat(a.shortAnswer()).isEqualTo(new ShortAnswer("Yes", List.of(1)));
    assertThat(a.citations()).singleElement();
    assertThat(a.citations().get(0).quote()).contains("Nuland");
  }

  @Test
  void aYesNoContactQuestionNoContactAnswersGoesToThePassagesNotABareList() {
    Question q = Question.of("Did Ann Neuberger visit Geneva?", ASKED);
    Answer a = composer.answer(q);
    assertThat(a.text()).isEqualTo(passages.answer(q).text()).doesNotContain("•");
  }

  @Test
  void whatWasAgreedAtAMeetingIsAnsweredFromThePassages() {
    Question q = Question.of("What did Biden and Putin agree at their meeting in Geneva?", ASKED);
    Answer a = composer.answer(q);
    assertThat(a.text()).isEqualTo(passages.answer(q).text()).doesNotContain("•");
    assertThat(a.citations()).isNotEmpty();
  }
}
