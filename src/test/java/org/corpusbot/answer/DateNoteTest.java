package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.corpus.Passage;
import org.corpusbot.retrieval.PassageHit;
import org.corpusbot.retrieval.SearchResult;
import org.corpusbot.retrieval.TemporalParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateNoteTest {
  private static final LocalDate ASKED = LocalDate.of(2026, 12, 8);

  private static Candidate sentence(String text) {
    Passage p = new Passage("a1", 0, 0, text.length(), text);
    PassageHit hit = new PassageHit(p, new ArticleInfo("a1", "T", null, null, null), 1, 0.5);
    return new Candidate(hit, text, 0, text.length(), Set.of(), 0, 0, 0, 1);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        // question | first sentence shown | whether the search was relaxed | the note
        "Did Biden call Putin in July? | In early July, Biden and Putin held a telephone conversation. | true | none",
        "Did Biden call Putin in July? | At a summit in Geneva on June 16, Biden and Putin agreed to talk. | true | No article published since 1 July 2026 matches; these are the closest, from earlier.",
        // every month and year asked about must be named ("May" alone could be Theresa May)
        "What happened in May 2024? | Theresa May met the king. | true | No article published since 1 May 2024 matches; these are the closest, from earlier.",
        "What happened in May 2024? | In May 2024, Theresa May met the king. | true | none",
        // review 59: a month in lower case is no month; a month of another year is not the one
        "What did Biden say in May? | Biden said he may call Putin. | true | No article published since 1 May 2026 matches; these are the closest, from earlier.",
        "What did Biden say in July? | In July 2019, Biden said he would run. | true | No article published since 1 July 2026 matches; these are the closest, from earlier.",
        "What did Biden say in July? | On July 4, 2026, Biden spoke. | true | none",
        "What did Biden say this week? | Biden said the talks went well. | true | No article published since 1 December 2026 matches; these are the closest, from earlier.",
        "Did Biden call Putin in July? | In early July, Biden and Putin held a telephone conversation. | false | none",
        "Did Biden call Putin? | In early July, Biden and Putin held a telephone conversation. | true | none",
      })
  void saysWhenNothingWasPublishedInTheTimeAskedAboutUnlessTheAnswerNamesIt(
      String question, String first, boolean relaxed, String note) {
    SearchResult r =
        new SearchResult(
            List.of(), new TemporalParser().parse(question, ASKED), relaxed, null, null);
    assertThat(DateNote.of(r, List.of(sentence(first)))).isEqualTo(note);
  }
}
