package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionLanguageTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ukraine?",
        "Olaf Scholz",
        "Putin and Biden",
        "Biden Putin Geneva",
        "Geneva summit?",
        "Xi Jinping?",
        "What did Emomali Rahmon tell Vladimir Putin?",
        "Where did Volodymyr Zelenskyy meet Emmanuel Macron?",
        "Did Sadyr Japarov visit Moscow?",
        "Who is Ann Neuberger?",
        "Why the strike?",
        "Hackers handed over?",
        "Which team won the 2022 NHL Stanley Cup Finals?",
        "What did Washington hand over to Moscow?",
        "Who met whom in Geneva?",
        "When did she go there?",
        "summit summit summit summit summit summit summit summit",
        "<script>alert(1)</script>' OR 1=1 -- ; DROP TABLE x",
      })
  void englishQuestionsShortOnesNamesAndForeignNamesAreEnglish(String q) {
    assertThat(QuestionLanguage.foreign(q)).as(q).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Où se sont rencontrés Biden et Poutine ? | fra",
        "Qu'a dit Justin Trudeau sur les pirates russes ? | fra",
        "Was hat Biden über die russischen Hacker gesagt? | deu",
        "¿Dónde se reunieron Biden y Putin? | spa",
        "Dove si sono incontrati Biden e Putin? | ita",
        "Где встретились Байден и Путин? | rus",
      })
  void questionsInOtherLanguagesAreToldWithTheirLanguage(String q, String language) {
    assertThat(QuestionLanguage.foreign(q)).as(q).contains(language);
  }
}
