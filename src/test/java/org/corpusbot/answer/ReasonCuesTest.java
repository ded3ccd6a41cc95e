package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.corpus.Passage;
import org.corpusbot.retrieval.PassageHit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonCuesTest {
  private static Candidate scored(String text, double score) {
    Passage p = new Passage("a1", 0, 0, text.length(), text);
    PassageHit hit = new PassageHit(p, new ArticleInfo("a1", "T", null, null, null), 1, 0.5);
    return new Candidate(hit, text, 0, text.length(), Set.of(), 0, 0, 0, score);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // question | whether a sentence giving a reason passes one a little ahead of it
        "Why did Obama return to the White House? | true",
        "Obama went back to the White House. What was the reason for his visit? | true",
        "For what reason did Obama go back? | true",
        "Obama went back to the White House. Who came with him? | false",
        "When did Obama return to the White House? | false",
        "How wide is the crater? | false",
        "How expensive is the stadium? | false",
        "How hot was Phoenix? | false",
      })
  void aReasonOrPurposeLeadsOnlyWhenOneIsAsked(String question, boolean reordered) {
    Candidate plain = scored("Obama walked into the White House on Tuesday.", 0.50);
    Candidate purpose =
        scored("His visit was designed to shine a light on the Affordable Care Act.", 0.45);
    List<Candidate> out = ReasonCues.rerank(question, List.of(plain, purpose));
    assertThat(out.get(0).text()).isEqualTo(reordered ? purpose.text() : plain.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // question | whether the quote of the one asked about passes another quote well ahead
        "What did the rabbi say about the survivor? | true",
        "what did rabbi kaltmann say | true",
        "What did the survivor say about the rabbi? | false", // the rabbi is not who spoke
        "What did the mayor say? | false",
        "What did Areyah Kaltmann say? | true",
        "What did Rabbi Kaltmann say? | true",
        "What did Michelle Kaltmann say? | false",
      })
  void theQuoteOfTheOneAskedAboutLeads(String question, boolean reordered) {
    // user trial 59: the rabbi's words ranked under sentences about the survivor
    Candidate other = scored("“I survived,” Weinrib says of the camp he left in 1945.", 0.58);
    Candidate rabbi =
        scored(
            "“He would rather light one candle,” said Rabbi Areyah Kaltmann of the center.", 0.45);
    List<Candidate> out = ReasonCues.rerank(question, List.of(other, rabbi));
    assertThat(out.get(0).text()).isEqualTo(reordered ? rabbi.text() : other.text());
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // review 59: question | another's quote that must not pass the sentence of the one asked
        "What did Biden say about Putin? | “Biden is weak and Putin knows it,” Trump said.",
        "What did the White House say? | “We will vote,” said House Speaker Mike Johnson.",
        "What did the Trump administration say? | “No,” a Biden administration official said.",
        "What did Putin's spokesman say? | “Never,” Zelensky's spokesman Serhiy Nykyforov said.",
        "What did Barack Obama say? | “Vote,” Michelle Obama said at the rally.",
      })
  void anotherSpeakersQuoteGetsNoSpeakerBonus(String question, String other) {
    Candidate own = scored("The speaker gave a long answer on the matter at the briefing.", 0.90);
    List<Candidate> out = ReasonCues.rerank(question, List.of(own, scored(other, 0.45)));
    assertThat(out.get(0).text()).isEqualTo(own.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // question | whether a sentence quoting someone passes one a little ahead of it
        "What did Barr say about Trump? | true",
        "what has barr said about trump | true",
        "What did Barr tell reporters about Trump? | true",
        "Why did Barr break with Trump? | false",
        "What did Barr vote for? | false",
      })
  void quotedWordsLeadOnlyWhenWhatSomeoneSaidIsAsked(String question, boolean reordered) {
    Candidate plain = scored("Barr used a long interview to defend his record on Trump.", 0.50);
    Candidate quote = scored("“I represent my district, not a president,” Barr said.", 0.45);
    List<Candidate> out = ReasonCues.rerank(question, List.of(plain, quote));
    assertThat(out.get(0).text()).isEqualTo(reordered ? quote.text() : plain.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a sentence | whether it quotes someone's words
        "“I represent my district, not a president,” Barr said. | true",
        "Barr wrote in a post on X that the move is “purposefully inflammatory.” | true",
        "The judge blocked the ban, calling the rule “an exercise in politics.” | true",
        "Barr said the move was inflammatory. | false",
        "Barr said. The “Big Ugly” bill passed. | false",
      })
  void quotedWordsAreQuotesWithTheirSpeaker(String sentence, boolean quotes) {
    Candidate plain = scored("Barr used a long interview to defend his record on Trump.", 0.50);
    Candidate other = scored(sentence, 0.45);
    List<Candidate> out = ReasonCues.rerank("What did Barr say?", List.of(plain, other));
    assertThat(out.get(0).text()).isEqualTo(quotes ? sentence : plain.text());
  }
}
