package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.corpus.Passage;
import org.corpusbot.retrieval.PassageHit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListFollowersTest {
  /** The first sentence of a passage holding {@code first} and then {@code second}. */
  private static Candidate firstOf(String first, String second) {
    String passage = first + " " + second;
    Passage p = new Passage("a1", 0, 0, passage.length(), passage);
    PassageHit hit = new PassageHit(p, new ArticleInfo("a1", "T", null, null, null), 1, 0.5);
    return new Candidate(hit, first, 0, first.length(), Set.of(), 0, 0, 0, 1);
  }

  @ParameterizedTest(name = "{0} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // question | best sentence | next sentence | whether the next one joins the answer
        "What did Ann Lowry say in her first ad? | In her first ad, Lowry referenced her past. | “When you’re a short pro player, you learn to take on the big guys,” she said. | true",
        "what did lowry say about basketball | In her first ad, Lowry referenced her past. | “When you’re a short pro player, you learn to take on the big guys,” she said. | true",
        // not a question about what was said
        "Why did Ann Lowry run? | In her first ad, Lowry referenced her past. | “When you’re a short pro player, you learn to take on the big guys,” she said. | false",
        // the best sentence quotes already; the next one quotes no "she" or "he"
        "What did Ann Lowry say? | “I am running,” Lowry said in her first ad. | “When you’re a short pro player, you learn to take on the big guys,” she said. | false",
        "What did Ann Lowry say? | In her first ad, Lowry referenced her past. | “When you’re a short pro player, you learn to take on the big guys,” the coach said. | false",
        "What did Ann Lowry say? | In her first ad, Lowry referenced her past. | She played basketball at Harvard for four years. | false",
        // the quote may be the other one's the question names (review 58)
        "What did Ann Lowry say about Bo Reyes? | Lowry praised Bo Reyes in her first ad. | “He has been the best partner I could want,” she said. | false",
      })
  void theQuoteAfterASentenceNamingTheSpeakerJoinsIt(
      String question, String best, String next, boolean joins) {
    Candidate c = firstOf(best, next);
    Candidate other = firstOf("The race was called on Tuesday night.", "It was close.");
    List<Candidate> out = ListFollowers.withQuote(question, List.of(c, other), 3);
    assertThat(out).hasSize(joins ? 3 : 2);
    assertThat(out.get(0).text()).isEqualTo(best);
    assertThat(out.get(1).text()).isEqualTo(joins ? next : other.text());
  }
}
