package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.corpusbot.retrieval.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionPickerTest {
  /** Only the analysis of {@link Lexicon} is used: no archive behind it. */
  private final OptionPicker picker = new OptionPicker(new Lexicon(null));

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // sentence | options | picked ("-" for none)
        "Griner, 31, was arrested at a Moscow airport. | 3;4;5;6 | -",
        "Her detention was extended six months. | 3;4;5;6 | 6",
        "He won his 15th title, devouring 63 hot dogs. | 15;33;45;63 | 63",
        "The poll ran Sept. 12-15 among 805 adults. | 12%;33%;56%;70% | -",
        "Some 56 percent said refugees contribute. | 12%;33%;56%;70% | 56%",
        "The watchdog fined it more than $400 million. | $40,000;$1 million;$400 million | $400 million",
        "Ford recalled 2.9 million vehicles. | Honda;BMW;Ford | Ford",
        // a point or comma between digits joins them; "one" counts nothing
        "Prices rose 3.5 points. | 3;4;5 | -",
        "Tickets cost $15,000 each. | $15;$20;$25 | -",
        "Some 1,400 people came. | 400;500;600 | -",
        "One of the judges dissented. | 1;2;3 | -",
        "The deal is worth US$400 million. | $40 million;$400 million | $400 million",
        "It rose 3 points to 45.5. | 3;4;5 | 3",
        "The Colorado Avalanche won the Cup. | Tampa Bay Lightning;Colorado Avalanche | Colorado Avalanche",
        "Fordham University announced the change. | Honda;BMW;Ford | -",
        // none named outright: a number close to one stated (a percentage within a point), or more
        // than half of an option's words where no other option has any
        "A fine of 405 million euros ($402 million) was levied. | $40,000;$100,000;$1 million;$400 million | $400 million",
        "There were 2,532 bans directed at 1,648 different titles. | 500;900;1,300;1,600 | 1,600",
        "There were 1,648 titles and 1,590 authors. | 1,600;2,000 | 1,600",
        "There were 1,648 titles. | 1,600;1,650 | 1,650",
        "Prices rose 52 percent. | 50%;60% | -",
        "Some 402 million people use it. | $40 million;$400 million | -", // money is money
        "It paid 405 million euros. | $40 million;$400 million | -", // euros are not dollars
        "It paid 405 million euros. | $400 million;€400 million | €400 million",
        "It paid 99 million pounds ($124 million). | $10 million;$100 million | -",
        "Some 41,000 visitors came. | $40,000;40,000 | 40,000",
        "A 41-year-old man was hurt. | 20;40;60 | -", // under 100, near is equal
        "It opened on Jan. 21. | 20;30 | -",
        "Prices rose 52 per cent. | 50%;60% | -",
        "Prices rose 0.2%. | 1%;5% | -",
        "Hunter Biden's lawyer said so. | Joe Biden;Jill Biden | -", // a surname is no first word
        "About 1,620 firms paid $3 million. | $1,600;1,600 | 1,600",
        "Prices rose 59.6 percent. | 50%;60% | 60%",
        "Levels last seen in 2021. | 2,000;2,020;3,000 | -",
        "Some 70 of 8,500 people in Bungay are Satanists. | Rye, East Sussex;Bungay, Suffolk | Bungay, Suffolk",
        "Turnout in Rye and Bungay was low. | Rye, East Sussex;Bungay, Suffolk | -",
        // an option of words is also named by all of its terms, in any order
        "The ban on weapons of a military style was left out. | Ban on military-style weapons;More funding | Ban on military-style weapons",
      })
  void picksTheOptionTheSentenceNames(String sentence, String options, String picked) {
    Candidate c = ShownSentencesTest.candidate(sentence, 0);
    Candidate named = withTerms(c);
    List<String> opts = Arrays.stream(options.split(";")).map(String::strip).toList();
    String got = picker.pick(opts, List.of(named), null).map(OptionPicker.Pick::option).orElse("-");
    assertThat(got).isEqualTo(picked);
  }

  @org.junit.jupiter.api.Test
  void anOptionNamedOutrightInAnyOfTenSentencesBeatsOneTheBestComesCloseTo() {
    List<Candidate> ranked =
        ranked(
            "There were 1,648 titles.",
            "Nothing here.",
            "Nor here.",
            "The count was 2,000 in all.");
    List<String> options = List.of("1,600", "2,000");
    assertThat(picker.pick(options, ranked, null).map(OptionPicker.Pick::option)).contains("2,000");
    // only the best three sentences may come close
    List<Candidate> late =
        ranked("Nothing here.", "Nor here.", "Nor there.", "There were 1,648 titles.");
    assertThat(picker.pick(options, late, null)).isEmpty();
  }

  /** The sentences as candidates, best first. */
  private List<Candidate> ranked(String... sentences) {
    List<Candidate> out = new java.util.ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      out.add(withTerms(ShownSentencesTest.candidate(sentences[i], i)));
    }
    return out;
  }

  private Candidate withTerms(Candidate c) {
    return new Candidate(
        c.hit(), c.text(), c.start(), c.end(), new Lexicon(null).terms(c.text()), 0, 0, 0, 0);
  }
}
