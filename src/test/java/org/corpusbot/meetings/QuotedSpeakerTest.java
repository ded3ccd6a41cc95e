package org.corpusbot.meetings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 49: "I", "my" and "me" inside a quotation are the person it is attributed to in the same
 * sentence ("“I spoke with Secretary Holm this morning,” Lind said"), and "he said" or "she said"
 * after the quote is the person whose name opened the sentence just before, if no one else was
 * named since; a quote filling its sentence is by whoever the sentence before it, in the same
 * paragraph, quoted last. Before, such a contact kept only the person spoken of. Every sentence is
 * made up; a row is the text, " | ", and the named pairs expected, separated by "; ".
 */
class QuotedSpeakerTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        // attributed after the quote
        "“I spoke with Secretary Per Holm earlier this morning,” Senator Tom Lind said. | Tom Lind"
            + " - Per Holm",
        "\"I met with Prime Minister Per Holm this morning to discuss the loan,\" President Tom"
            + " Lind wrote. | Tom Lind - Per Holm",
        "“I met with President Per Holm last week,” said Senator Ana Vick. | Ana Vick - Per Holm",
        "“During my conversation with President Per Holm, I thanked him,” Senator Ana Vick said"
            + " in a statement. | Ana Vick - Per Holm",
        "“Prime Minister Per Holm met with me for an hour,” Senator Ana Vick said. | Per Holm -"
            + " Ana Vick",
        "“I had a conversation with Governor Per Holm about it,” Secretary Tom Lind testified. |"
            + " Tom Lind - Per Holm",
        // attributed before it
        "Senator Tom Lind said in a statement: “I spoke with Governor Per Holm on Sunday.” | Tom"
            + " Lind - Per Holm",
        // "she said", when the one who spoke opened the sentence before and no one was named since
        "Senator Ana Vick pledged to stand with the allies. “Days before the invasion, I met with"
            + " President Per Holm to warn him,” she said. | Ana Vick - Per Holm",
        // a quote that fills its sentence goes on with the quote the sentence before closed with
        "“The attack was a dastardly act,” Senator Tom Lind said in a statement. “I spoke with"
            + " Speaker Ana Vick earlier this morning.” | Tom Lind - Ana Vick",
        // a time phrase may open the clause; "B and I" are both there (review 49)
        "“Yesterday I spoke with Governor Per Holm,” Senator Ana Vick said. | Ana Vick - Per Holm",
        "“Per Holm and I met on Tuesday,” Senator Ana Vick said. | Per Holm - Ana Vick"
      })
  void theSpeakerIsWhoMet(String row) {
    MadeUpText.assertRow(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // "I" outside quotes is the writer, or a transcript's speaker: no one named
        "I spoke with Governor Per Holm about the storm. | ",
        // a quote attributed to no named person in the sentence
        "“I met with President Per Holm last week,” a senior official said. | ",
        // "she said" after someone else was named since the last sentence's subject
        "Senator Ana Vick pledged support. A bill by Senator Maria Lind is expected. “I met with"
            + " President Per Holm,” she said. | ",
        // not across a paragraph, nor past a quote attributed to no one
        "“The attack was a dastardly act,” Senator Tom Lind said in a statement.\n\n“I spoke"
            + " with Speaker Ana Vick earlier this morning.” | ",
        "“The attack was a dastardly act,” an aide said. “I spoke with Speaker Ana Vick earlier"
            + " this morning.” | ",
        // review 49: "my" owning someone else; an "I" in a clause another word governs
        "“My wife met with Governor Per Holm on Tuesday,” Senator Ana Vick said. | ",
        "“When I arrived, the governors had met with Governor Per Holm,” Senator Ana Vick said. | ",
        "“Reports that I met with Governor Per Holm are false,” Senator Ana Vick said. | ",
        // ... a quote by someone the speaker speaks for, quotes, or owns
        "A spokesman for Senator Tom Lind said: “I met with Governor Per Holm on Friday.” | ",
        "“I met with Governor Per Holm last week,” said Senator Ana Vick's spokesman. | ",
        "“I spoke with Governor Per Holm on Tuesday,” Senator Tom Lind quoted Ana Vick as saying."
            + " | ",
        "\"Ana Vick told me, 'I met with Governor Per Holm last week,'\" Senator Tom Lind said. | ",
        // ... "he said" when the sentence before opened with someone's chief of staff, or a
        // resident was described since
        "Senator Tom Lind's chief of staff spoke to reporters on Monday. “I met with Governor Per"
            + " Holm last week,” he said. | ",
        "Mayor Ana Vick visited the flood site on Monday. One resident, a retired teacher, was"
            + " furious. “I met with Governor Per Holm last year and nothing happened,” she said. | ",
        // ... a quote running on into the next sentence, whose speaker is named there
        "“The attack was a dastardly act,” Senator Tom Lind said. “I spoke with Governor Per Holm"
            + " this morning. He agreed with me,” Senator Ana Vick said. | ",
        // a regnal numeral is no "I"
        "King Harald I met Chancellor Per Holm at the palace. | Harald - Per Holm",
        // who "we" are, the sentence does not say
        "“I met with President Per Holm and we talked about the border,” Senator Ana Vick said. |"
            + " Ana Vick - Per Holm"
      })
  void noOneIsGuessed(String row) {
    MadeUpText.assertRow(row);
  }
}
