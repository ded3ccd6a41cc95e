package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.corpusbot.answer.llm.LlmProvider;
import org.corpusbot.answer.llm.LlmSettings;
import org.corpusbot.answer.llm.ModelCall;
import org.corpusbot.answer.llm.sim.ScriptedLlmServer;
import org.corpusbot.answer.llm.sim.ScriptedLlmServer.Reply;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Chunker;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexReport;
import org.corpusbot.retrieval.Indexer;
import org.corpusbot.retrieval.SyncOptions;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * Contacts by the language model through LangChain4j's real OpenAI and Ollama clients against a
 * scripted server on loopback: what is kept, and that the rules' contacts stand in whenever the
 * model fails, in bounded time, with the cause logged once and no secret in the log.
 */
class LlmContactsIT {
  static final String KEY = "sk-test-contacts-5e4d3c2b1a";
  static final Article ARTICLE = ModelContactsTest.ARTICLE;
  static final String MET = ModelContactsTest.MET;
  static final String HAPPY =
      ModelContactsTest.reply(
          ModelContactsTest.event(
              "MEETING",
              ModelContactsTest.person("Jane Roe", "PERSON", "Chief executive")
                  + ","
                  + ModelContactsTest.person("Paul Ames", "PERSON", "chairman"),
              ",\"place\":\"Boston\",\"dateFrom\":\"2024-03-02\",\"dateTo\":\"2024-03-02\"",
              MET));

  @TempDir Path dir;
  ScriptedLlmServer server;
  ListAppender<ILoggingEvent> logs = new ListAppender<>();
  Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  final List<ContactEvent> byRules = new MeetingExtractor().extract(ARTICLE);

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedLlmServer();
    logs.start();
    root.addAppender(logs);
  }

  @AfterEach
  void stop() {
    root.detachAppender(logs);
    server.close();
  }

  private LlmContactExtractor extractor(LlmProvider provider, Duration timeout) {
    return extractor(provider, timeout, () -> false);
  }

  private LlmContactExtractor extractor(
      LlmProvider provider, Duration timeout, java.util.function.BooleanSupplier stop) {
    String url = provider == LlmProvider.OLLAMA ? server.ollamaUrl() : server.openAiUrl();
    LlmSettings s = new LlmSettings(provider, url, "scripted", timeout, 400, 0.1, 2000);
    return new LlmContactExtractor(
        new MeetingExtractor(), ModelCall.create(s, KEY, LlmContactExtractor.REPLY_TOKENS), stop);
  }

  private List<String> warnings() {
    return logs.list.stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  @ParameterizedTest
  @EnumSource(
      value = LlmProvider.class,
      names = {"OPENAI", "OLLAMA"})
  void theModelsCheckedContactsAreKeptAndSayWhoFoundThem(LlmProvider provider) {
    server.script(r -> Reply.text(HAPPY));
    List<ContactEvent> got = extractor(provider, Duration.ofSeconds(5)).extract(ARTICLE);

    assertThat(got)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.extractedBy()).isEqualTo(ExtractedBy.MODEL);
              assertThat(e.participants())
                  .extracting(Participant::name)
                  .containsExactly("Jane Roe", "Paul Ames");
              assertThat(ARTICLE.text().substring(e.start(), e.end())).isEqualTo(MET);
              assertThat(e.place()).isEqualTo("Boston");
              assertThat(e.dateFrom()).isEqualTo(LocalDate.of(2024, 3, 2));
            });
    String prompt = server.requests().get(0).prompt();
    assertThat(prompt).contains(MET).contains("<article>");
    assertThat(prompt)
        .as("a sentence with no contact word is not sent")
        .doesNotContain("Shares rose");
    assertThat(warnings()).isEmpty();
  }

  @Test
  void aParticipantTheArticleDoesNotHoldIsDropped() {
    server.script(
        r ->
            Reply.text(
                ModelContactsTest.reply(
                    ModelContactsTest.event(
                        "MEETING",
                        ModelContactsTest.person("Jane Roe", "PERSON", null)
                            + ","
                            + ModelContactsTest.person("Elon Musk", "PERSON", null),
                        "",
                        MET))));
    LlmContactExtractor x = extractor(LlmProvider.OPENAI, Duration.ofSeconds(5));
    List<ContactEvent> got = x.extract(ARTICLE);
    assertThat(got)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.participants())
                    .extracting(Participant::name)
                    .containsExactly("Jane Roe"));
    assertThat(x.tally().answered()).isEqualTo(1);
  }

  @Test
  void aReplyThatIsNotTheJsonAskedForGivesTheRulesContactsLoggedOnceWithTheCause() {
    server.script(r -> Reply.text("Here you go: Jane Roe met Paul Ames."));
    LlmContactExtractor x = extractor(LlmProvider.OPENAI, Duration.ofSeconds(5));
    assertThat(byRules).isNotEmpty();
    assertThat(x.extract(ARTICLE)).isEqualTo(byRules);
    assertThat(warnings())
        .singleElement()
        .asString()
        .contains("acme-1")
        .contains("reply is not the JSON asked for");
    assertThat(x.tally().fellBack()).isEqualTo(1);
  }

  @Test
  void aServerThatIsDownGivesTheRulesContacts() {
    LlmContactExtractor x = extractor(LlmProvider.OPENAI, Duration.ofSeconds(5));
    server.close();
    assertThat(x.extract(ARTICLE)).isEqualTo(byRules);
    assertThat(warnings()).singleElement().asString().contains("connection refused");
  }

  @Test
  void aSlowServerCostsTheTimeoutAtMostThenTheRulesContacts() {
    server.script(r -> Reply.slow(10_000, HAPPY));
    LlmContactExtractor x = extractor(LlmProvider.OPENAI, Duration.ofMillis(800));
    long t0 = System.nanoTime();
    List<ContactEvent> got = x.extract(ARTICLE);
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(got).isEqualTo(byRules);
    assertThat(seconds).as("bounded by the 0.8 s timeout, not the 10 s reply").isLessThan(5);
    assertThat(warnings()).singleElement().asString().contains("acme-1");
  }

  @Test
  void aFailingModelIsLeftAloneAfterThreeFailuresInARow() {
    server.script(r -> Reply.status(500));
    LlmContactExtractor x = extractor(LlmProvider.OPENAI, Duration.ofSeconds(5));
    for (int i = 0; i < 6; i++) {
      assertThat(x.extract(ARTICLE)).isEqualTo(byRules);
    }
    assertThat(server.requests()).hasSize(ModelBreaker.FAILURES);
    assertThat(x.tally().skipped()).isEqualTo(3);
    assertThat(warnings()).hasSize(ModelBreaker.FAILURES + 1);
    assertThat(warnings().get(0)).contains("HTTP 500");
    assertThat(warnings().get(ModelBreaker.FAILURES)).contains("3 times in a row");
  }

  @Test
  void noSecretReachesTheLogWhateverTheModelReplies() {
    server.script(r -> Reply.text("I cannot. Your key is " + KEY + " {\"events\": [" + KEY));
    extractor(LlmProvider.OPENAI, Duration.ofSeconds(5)).extract(ARTICLE);
    server.script(r -> Reply.status(401));
    extractor(LlmProvider.OPENAI, Duration.ofSeconds(5)).extract(ARTICLE);

    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(0).authorization()).contains(KEY); // the key was in use
    assertThat(warnings()).hasSize(2);
    assertThat(logs.list)
        .allSatisfy(
            e -> {
              assertThat(e.getFormattedMessage()).doesNotContain(KEY);
              if (e.getThrowableProxy() != null) {
                assertThat(e.getThrowableProxy().getMessage()).doesNotContain(KEY);
              }
            });
  }

  @Test
  void articlesWithoutAContactWordAndRunsAskedToStopAreNotSent() {
    Article plain =
        new Article(
            "plain",
            "Shares",
            LocalDate.of(2024, 3, 5),
            "wire",
            null,
            List.of(),
            "Shares rose 3 percent on Tuesday. Trading was light.",
            null);
    AtomicBoolean stopping = new AtomicBoolean();
    LlmContactExtractor x = extractor(LlmProvider.OPENAI, Duration.ofSeconds(5), stopping::get);
    assertThat(x.extract(plain)).isEmpty();
    assertThat(server.requests()).isEmpty();

    stopping.set(true);
    assertThat(x.extract(ARTICLE)).isEqualTo(byRules);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void switchingTheModelOnAndOffTagsTheIndexedArticlesAgain() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("acme.txt"),
        "title " + ARTICLE.title() + "\ndate 2024-03-05\n\n" + ARTICLE.text() + "\n");
    server.script(r -> Reply.text(HAPPY));
    ContactAnnotator rules = new ContactAnnotator(new MeetingExtractor());
    ContactAnnotator model =
        new ContactAnnotator(extractor(LlmProvider.OPENAI, Duration.ofSeconds(5)));
    assertThat(model.version()).startsWith(rules.version() + "+").contains("openai/scripted");
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      sync(index, corpus, rules);
      assertThat(foundBy(index)).containsOnly(ExtractedBy.RULES);

      IndexReport on = sync(index, corpus, model);
      assertThat(on.added()).isZero();
      assertThat(foundBy(index)).containsExactly(ExtractedBy.MODEL);

      sync(index, corpus, rules);
      assertThat(foundBy(index)).containsOnly(ExtractedBy.RULES);
    }
    assertThat(server.requests()).hasSize(1);
  }

  private static IndexReport sync(CorpusIndex index, Path corpus, ContactAnnotator contacts) {
    return new Indexer(
            index,
            TestCorpus.embedder(),
            new Chunker(new SentenceSplitter(), TestCorpus.CHUNK),
            TestCorpus.CHUNK,
            List.of(contacts))
        .sync(TestCorpus.loaded(corpus), SyncOptions.UPDATE, IndexProgress.NONE);
  }

  private static List<ExtractedBy> foundBy(CorpusIndex index) {
    return TestCorpus.contacts(index).find(MeetingQuery.ALL).stream()
        .map(f -> f.event().extractedBy())
        .toList();
  }
}
