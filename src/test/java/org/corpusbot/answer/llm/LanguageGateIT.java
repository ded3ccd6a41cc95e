package org.corpusbot.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.AnswerTuning;
import org.corpusbot.answer.ExtractiveComposer;
import org.corpusbot.answer.LanguageGate;
import org.corpusbot.answer.Question;
import org.corpusbot.answer.llm.sim.ScriptedLlmServer;
import org.corpusbot.answer.llm.sim.ScriptedLlmServer.Reply;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.HybridSearcher;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.RetrievalTuning;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions in another language: offline a plain reply in English, with a (scripted) language model
 * searched in English and answered in the question's language with the same citations.
 */
class LanguageGateIT {
  static final LocalDate ASKED = LocalDate.of(2024, 4, 1);
  static final String FRENCH = "Où se sont rencontrés Biden et Poutine ?";
  @TempDir static Path dir;
  static CorpusIndex index;
  static ExtractiveComposer offline;

  ScriptedLlmServer server;

  @BeforeAll
  static void build() {
    index = TestCorpus.indexed(dir);
    HybridSearcher searcher =
        new HybridSearcher(index, TestCorpus.embedder(), RetrievalTuning.defaults());
    offline =
        new ExtractiveComposer(
            searcher, new Lexicon(index), TestCorpus.embedder(), AnswerTuning.defaults());
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @BeforeEach
  void start() throws IOException {
    server = new ScriptedLlmServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private LlmTranslator translator() {
    LlmSettings s =
        new LlmSettings(
            LlmProvider.OPENAI,
            server.openAiUrl(),
            "scripted",
            Duration.ofSeconds(5),
            400,
            0.1,
            2000);
    return new LlmTranslator(ModelCall.create(s, "sk-test", LlmTranslator.REPLY_TOKENS));
  }

  /** The answer between its tags in a translation request. */
  private static String answerIn(String prompt) {
    return prompt.substring(prompt.indexOf("<answer>") + 9, prompt.indexOf("</answer>")).strip();
  }

  @Test
  void offlineAForeignQuestionGetsAPlainReplyInEnglishNotAnUnrelatedAnswer() {
    Answer a = new LanguageGate(null, offline).answer(Question.of(FRENCH, ASKED));
    assertThat(a.text()).isEqualTo(LanguageGate.ENGLISH_ONLY);
    assertThat(a.found()).isFalse();
    assertThat(a.citations()).isEmpty();
    Answer english =
        new LanguageGate(null, offline)
            .answer(Question.of("Where did Putin and Biden meet?", ASKED));
    assertThat(english.text())
        .isEqualTo(offline.answer(Question.of("Where did Putin and Biden meet?", ASKED)).text());
  }

  @Test
  void withAModelTheQuestionIsSearchedInEnglishAndAnsweredInItsLanguage() {
    server.script(
        r ->
            r.prompt().contains("<answer>")
                ? Reply.text("En français : " + answerIn(r.prompt()))
                : Reply.text("Where did Biden and Putin meet?"));
    Answer a = new LanguageGate(translator(), offline).answer(Question.of(FRENCH, ASKED));
    Answer english = offline.answer(Question.of("Where did Biden and Putin meet?", ASKED));
    assertThat(a.question()).isEqualTo(FRENCH);
    assertThat(a.text()).isEqualTo("En français : " + english.text()).contains("Geneva");
    assertThat(a.citations()).isNotEmpty().isEqualTo(english.citations());
    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(0).prompt()).contains(FRENCH);
  }

  @Test
  void aTranslationThatLosesItsCitationsIsNotShownTheEnglishAnswerIs() {
    server.script(
        r ->
            r.prompt().contains("<answer>")
                ? Reply.text("Ils se sont rencontrés à Genève.")
                : Reply.text("Where did Biden and Putin meet?"));
    Answer a = new LanguageGate(translator(), offline).answer(Question.of(FRENCH, ASKED));
    Answer english = offline.answer(Question.of("Where did Biden and Putin meet?", ASKED));
    assertThat(a.text()).isEqualTo(english.text());
    assertThat(a.citations()).isEqualTo(english.citations());
    assertThat(a.note()).contains("in English");
  }

  @Test
  void whenTheModelFailsTheForeignQuestionGetsTheEnglishOnlyReply() {
    server.script(r -> Reply.status(500));
    Answer a = new LanguageGate(translator(), offline).answer(Question.of(FRENCH, ASKED));
    assertThat(a.text()).isEqualTo(LanguageGate.ENGLISH_ONLY);
    assertThat(a.citations()).isEmpty();
  }
}
