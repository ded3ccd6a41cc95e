package org.corpusbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.corpusbot.retrieval.EmbeddingModelChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
  @TempDir Path dir;

  @Test
  void defaultsComeFromTheDocumentedFile() {
    Settings s = SettingsLoader.load(null, Map.of(), Map.of());
    assertThat(s.corpus()).isEqualTo(Path.of("corpus"));
    assertThat(s.dataDir()).isEqualTo(Path.of("data"));
    assertThat(s.embeddingModel()).isEqualTo(EmbeddingModelChoice.MINILM);
    assertThat(s.secrets().telegramToken()).isNull();
  }

  @Test
  void environmentOverridesTheFileAndTheCommandLineOverridesBoth() throws Exception {
    Path file = dir.resolve("c.properties");
    Files.writeString(file, "data.dir = from-file\nretrieval.rrf-k = 30\n");
    Settings s =
        SettingsLoader.load(
            file,
            Map.of("CORPUSBOT_DATA_DIR", "from-env", "CORPUSBOT_RETRIEVAL_RRF_K", "42"),
            Map.of());
    assertThat(s.dataDir()).isEqualTo(Path.of("from-env"));
    assertThat(s.retrieval().rrfK()).isEqualTo(42);
    Settings cli =
        SettingsLoader.load(
            file, Map.of("CORPUSBOT_DATA_DIR", "from-env"), Map.of("data.dir", "from-cli"));
    assertThat(cli.dataDir()).isEqualTo(Path.of("from-cli"));
  }

  @Test
  void envNameFollowsTheFixedRule() {
    assertThat(SettingsLoader.envName("data.dir")).isEqualTo("CORPUSBOT_DATA_DIR");
    assertThat(SettingsLoader.envName("retrieval.recency-days"))
        .isEqualTo("CORPUSBOT_RETRIEVAL_RECENCY_DAYS");
  }

  @Test
  void badValuesFailFastNamingTheSetting() throws Exception {
    Path file = dir.resolve("bad.properties");
    Files.writeString(file, "retrieval.rrf-k = many\n");
    assertThatThrownBy(() -> SettingsLoader.load(file, Map.of(), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("retrieval.rrf-k")
        .hasMessageContaining("many");
    assertThatThrownBy(
            () -> SettingsLoader.load(null, Map.of("CORPUSBOT_EMBEDDING_MODEL", "gpt-9"), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("embedding.model")
        .hasMessageContaining("all-minilm-l6-v2-q");
    assertThatThrownBy(
            () ->
                SettingsLoader.load(null, Map.of("CORPUSBOT_ANSWER_MAX_SENTENCES", "7"), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("answer.max-sentences");
  }

  @Test
  void theBotRemovesGoneArticlesFromItsOwnIndexButNotFromSolrUnlessTold() {
    var auto = SettingsLoader.load(null, Map.of(), Map.of()).indexPolicy().botRemovals();
    assertThat(auto).isEqualTo(org.corpusbot.retrieval.IndexPolicy.BotRemovals.AUTO);
    assertThat(auto.removes(false)).isTrue();
    assertThat(auto.removes(true)).isFalse();
    var yes =
        SettingsLoader.load(null, Map.of("CORPUSBOT_INDEX_BOT_REMOVES", "yes"), Map.of())
            .indexPolicy()
            .botRemovals();
    assertThat(yes.removes(true)).isTrue();
    assertThatThrownBy(
            () ->
                SettingsLoader.load(null, Map.of("CORPUSBOT_INDEX_BOT_REMOVES", "maybe"), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("index.bot-removes must be auto, yes or no");
  }

  @Test
  void contactsByTheModelAreOffByDefaultAndNeedAModel() {
    assertThat(SettingsLoader.load(null, Map.of(), Map.of()).llmContacts()).isFalse();
    assertThatThrownBy(
            () ->
                SettingsLoader.load(
                    null, Map.of("CORPUSBOT_MEETINGS_LLM_EXTRACTION", "true"), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("meetings.llm-extraction")
        .hasMessageContaining("llm.provider");
    assertThatThrownBy(
            () ->
                SettingsLoader.load(
                    null, Map.of("CORPUSBOT_MEETINGS_LLM_EXTRACTION", "yes"), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("not true or false");
    Settings s =
        SettingsLoader.load(
            null,
            Map.of("CORPUSBOT_LLM_PROVIDER", "ollama", "CORPUSBOT_MEETINGS_LLM_EXTRACTION", "true"),
            Map.of());
    assertThat(s.llmContacts()).isTrue();
  }

  @Test
  void languageModelSettingsFailFastAndTheKeyComesFromTheEnvironment() {
    assertThat(SettingsLoader.load(null, Map.of(), Map.of()).llm().enabled()).isFalse();
    assertThatThrownBy(
            () -> SettingsLoader.load(null, Map.of("CORPUSBOT_LLM_PROVIDER", "openai"), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("CORPUSBOT_LLM_API_KEY");
    assertThatThrownBy(
            () -> SettingsLoader.load(null, Map.of("CORPUSBOT_LLM_PROVIDER", "gemini"), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("llm.provider")
        .hasMessageContaining("none, openai, ollama");
    assertThatThrownBy(
            () ->
                SettingsLoader.load(
                    null,
                    Map.of(
                        "CORPUSBOT_LLM_PROVIDER", "ollama", "CORPUSBOT_LLM_BASE_URL", "localhost"),
                    Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("llm.base-url");
    Settings s =
        SettingsLoader.load(
            null,
            Map.of(
                "CORPUSBOT_LLM_PROVIDER", "openai",
                "CORPUSBOT_LLM_API_KEY", "sk-abc",
                "CORPUSBOT_LLM_MAX_ANSWER_TOKENS", "300"),
            Map.of());
    assertThat(s.llm().effectiveBaseUrl()).isEqualTo("https://api.openai.com/v1");
    assertThat(s.llm().maxAnswerTokens()).isEqualTo(300);
    assertThat(s.secrets().llmApiKey()).isEqualTo("sk-abc");
    assertThat(s.toString()).contains("llmApiKey=***").doesNotContain("sk-abc");
  }

  @Test
  void unknownKeysAndSecretsInFilesAreRefused() throws Exception {
    Path typo = dir.resolve("typo.properties");
    Files.writeString(typo, "data.dri = x\n");
    assertThatThrownBy(() -> SettingsLoader.load(typo, Map.of(), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("unknown setting 'data.dri'");
    Path secret = dir.resolve("secret.properties");
    Files.writeString(secret, "telegram.token = 123:abc\n");
    assertThatThrownBy(() -> SettingsLoader.load(secret, Map.of(), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("environment only")
        .hasMessageNotContaining("123:abc");
  }

  @Test
  void secretsComeFromTheEnvironmentAndNeverPrint() {
    Settings s = SettingsLoader.load(null, Map.of("TELEGRAM_BOT_TOKEN", "123456:SECRET"), Map.of());
    assertThat(s.secrets().telegramToken()).isEqualTo("123456:SECRET");
    assertThat(s.toString()).contains("telegramToken=***").doesNotContain("SECRET");
  }

  @Test
  void credentialsUnderOrdinaryKeysAreRefusedOutsideTheEnvironment() throws Exception {
    Path file = dir.resolve("url.properties");
    Files.writeString(
        file, "llm.provider = ollama\nllm.base-url = http://admin:pw@127.0.0.1:11434\n");
    assertThatThrownBy(() -> SettingsLoader.load(file, Map.of(), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("llm.base-url")
        .hasMessageContaining("CORPUSBOT_LLM_BASE_URL")
        .hasMessageNotContaining("pw");
    // Telegram tokens and API keys pasted under any key are refused too, without being echoed.
    String token = "123456789" + ":" + "AAH" + "x".repeat(32);
    Path pasted = dir.resolve("pasted.properties");
    Files.writeString(pasted, "telegram.examples = " + token + "\n");
    assertThatThrownBy(() -> SettingsLoader.load(pasted, Map.of(), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("telegram.examples")
        .hasMessageNotContaining("xxxx");
    assertThatThrownBy(
            () -> SettingsLoader.load(null, Map.of(), Map.of("telegram.api-url", "https://u:p@h")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("telegram.api-url")
        .hasMessageNotContaining("u:p@");
    // The environment is where credentials belong.
    Settings s =
        SettingsLoader.load(
            null,
            Map.of(
                "CORPUSBOT_LLM_PROVIDER", "ollama",
                "CORPUSBOT_LLM_BASE_URL", "http://admin:pw@127.0.0.1:11434"),
            Map.of());
    assertThat(s.llm().baseUrl()).contains("admin:pw@");
    // A user name alone is not a secret.
    Files.writeString(file, "llm.provider = ollama\nllm.base-url = http://me@127.0.0.1:11434\n");
    assertThat(SettingsLoader.load(file, Map.of(), Map.of()).llm().baseUrl()).contains("me@");
  }

  @Test
  void metricsAreOffByDefaultOnLoopbackAndSetFromTheEnvironment() {
    Settings s = SettingsLoader.load(null, Map.of(), Map.of());
    assertThat(s.metrics().enabled()).isFalse();
    assertThat(s.metrics().host()).isEqualTo("127.0.0.1");
    Settings on =
        SettingsLoader.load(
            null,
            Map.of("CORPUSBOT_METRICS_PORT", "9464", "CORPUSBOT_METRICS_HOST", "0.0.0.0"),
            Map.of());
    assertThat(on.metrics().enabled()).isTrue();
    assertThat(on.metrics().port()).isEqualTo(9464);
    assertThat(on.metrics().host()).isEqualTo("0.0.0.0");
    assertThatThrownBy(
            () -> SettingsLoader.load(null, Map.of("CORPUSBOT_METRICS_PORT", "70000"), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("metrics.port");
    assertThatThrownBy(
            () -> SettingsLoader.load(null, Map.of("CORPUSBOT_METRICS_HOST", " "), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("metrics.host");
  }
}
