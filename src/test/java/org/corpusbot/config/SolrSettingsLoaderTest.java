package org.corpusbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolrSettingsLoaderTest {
  @TempDir Path dir;

  @Test
  void theLocalIndexIsTheDefaultAndSolrNeedsNothingThen() {
    Settings s = SettingsLoader.load(null, Map.of(), Map.of());
    assertThat(s.backend()).isEqualTo(Backend.LUCENE);
    assertThat(s.solrBackend()).isFalse();
    assertThat(s.solr().located()).isFalse();
    assertThat(s.solr().collection()).isEqualTo("corpusbot");
    assertThat(s.solr().shards()).isEqualTo(2);
    assertThat(s.solr().replicas()).isEqualTo(2);
    assertThat(s.solr().connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(s.solr().requestTimeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(s.secrets().solrAuth()).isFalse();
  }

  @Test
  void solrSettingsComeFromTheFileAndTheEnvironmentByTheUsualRule() throws Exception {
    Path file = dir.resolve("c.properties");
    Files.writeString(
        file,
        "retrieval.backend = solr\nsolr.zk-hosts = zk1:2181, zk2:2181/solr\n"
            + "solr.collection = news\nsolr.shards = 4\n");
    Settings s =
        SettingsLoader.load(
            file,
            Map.of("CORPUSBOT_SOLR_REPLICAS", "3", "CORPUSBOT_SOLR_REQUEST_TIMEOUT_MS", "500"),
            Map.of());
    assertThat(s.backend()).isEqualTo(Backend.SOLR);
    assertThat(s.solr().zkHosts()).containsExactly("zk1:2181", "zk2:2181/solr");
    assertThat(s.solr().zkConnectString()).isEqualTo("zk1:2181,zk2:2181/solr");
    assertThat(s.solr().collection()).isEqualTo("news");
    assertThat(s.solr().shards()).isEqualTo(4);
    assertThat(s.solr().replicas()).isEqualTo(3);
    assertThat(s.solr().requestTimeout()).isEqualTo(Duration.ofMillis(500));
    Settings byUrl =
        SettingsLoader.load(
            null,
            Map.of(
                "CORPUSBOT_RETRIEVAL_BACKEND", "solr",
                "CORPUSBOT_SOLR_URLS", "http://127.0.0.1:8983/solr/,http://h2:8983/solr"),
            Map.of());
    assertThat(byUrl.solr().urls())
        .containsExactly(
            URI.create("http://127.0.0.1:8983/solr"), URI.create("http://h2:8983/solr"));
    assertThat(byUrl.solr().zkConnectString()).isNull();
  }

  @Test
  void aSolrBackendWithoutAClusterFailsNamingBothSettings() {
    assertThatThrownBy(
            () ->
                SettingsLoader.load(null, Map.of("CORPUSBOT_RETRIEVAL_BACKEND", "solr"), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("solr.zk-hosts")
        .hasMessageContaining("CORPUSBOT_SOLR_ZK_HOSTS")
        .hasMessageContaining("solr.urls");
    assertThatThrownBy(
            () ->
                SettingsLoader.load(
                    null, Map.of("CORPUSBOT_RETRIEVAL_BACKEND", "elastic"), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("retrieval.backend")
        .hasMessageContaining("lucene or solr");
  }

  @Test
  void badSolrValuesFailNamingTheSetting() {
    Map<String, String> both =
        Map.of("CORPUSBOT_SOLR_ZK_HOSTS", "zk:2181", "CORPUSBOT_SOLR_URLS", "http://h:8983/solr");
    assertThatThrownBy(() -> SettingsLoader.load(null, both, Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("both set");
    assertThatThrownBy(
            () -> SettingsLoader.load(null, Map.of("CORPUSBOT_SOLR_ZK_HOSTS", "zk"), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("solr.zk-hosts")
        .hasMessageContaining("host:port");
    assertThatThrownBy(
            () ->
                SettingsLoader.load(null, Map.of("CORPUSBOT_SOLR_URLS", "ftp://h/solr"), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("solr.urls");
    assertThatThrownBy(
            () -> SettingsLoader.load(null, Map.of("CORPUSBOT_SOLR_COLLECTION", "a b"), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("solr.collection");
    assertThatThrownBy(
            () -> SettingsLoader.load(null, Map.of("CORPUSBOT_SOLR_SHARDS", "0"), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("solr.shards");
  }

  @Test
  void solrCredentialsComeFromTheEnvironmentOnlyAndNeverPrint() throws Exception {
    Settings s =
        SettingsLoader.load(
            null,
            Map.of("CORPUSBOT_SOLR_USER", "ops-user-7", "CORPUSBOT_SOLR_PASSWORD", "Hunter2pw"),
            Map.of());
    assertThat(s.secrets().solrAuth()).isTrue();
    assertThat(s.secrets().solrUser()).isEqualTo("ops-user-7");
    assertThat(s.secrets().solrPassword()).isEqualTo("Hunter2pw");
    assertThat(s.toString())
        .contains("solrPassword=***")
        .contains("solrUser=***")
        .doesNotContain("Hunter2pw")
        .doesNotContain("ops-user-7");
    for (String line : List.of("solr.password = Hunter2pw\n", "solr.user = corpusbot\n")) {
      Path file = dir.resolve("secret.properties");
      Files.writeString(file, line);
      assertThatThrownBy(() -> SettingsLoader.load(file, Map.of(), Map.of()))
          .isInstanceOf(SettingsException.class)
          .hasMessageContaining("environment only")
          .hasMessageContaining("CORPUSBOT_SOLR_PASSWORD")
          .hasMessageNotContaining("Hunter2pw");
    }
    Path inUrl = dir.resolve("url.properties");
    Files.writeString(inUrl, "solr.urls = http://corpusbot:Hunter2pw@h:8983/solr\n");
    assertThatThrownBy(() -> SettingsLoader.load(inUrl, Map.of(), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("CORPUSBOT_SOLR_URLS")
        .hasMessageNotContaining("Hunter2pw");
    // Even from the environment a URL is no place for them: SolrJ would send them in the clear
    // to every node, and every log naming the node would show them.
    assertThatThrownBy(
            () ->
                SettingsLoader.load(
                    null,
                    Map.of("CORPUSBOT_SOLR_URLS", "http://corpusbot:Hunter2pw@h:8983/solr"),
                    Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("solr.urls")
        .hasMessageNotContaining("Hunter2pw");
    // Nor when the URL does not parse (a space) or parses without user info (a '_' in the host).
    for (String url :
        List.of("http://corpusbot:Hunter 2pw@h:8983/solr", "http://u:Hunter2pw@host_1:8983/solr")) {
      assertThatThrownBy(
              () -> SettingsLoader.load(null, Map.of("CORPUSBOT_SOLR_URLS", url), Map.of()))
          .as(url)
          .isInstanceOf(SettingsException.class)
          .hasMessageContaining("solr.urls")
          .hasMessageNotContaining("Hunter");
    }
  }

  @Test
  void aSolrUserWithoutItsPasswordFailsWithoutShowingEither() {
    assertThatThrownBy(
            () -> SettingsLoader.load(null, Map.of("CORPUSBOT_SOLR_USER", "ops-user-7"), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("CORPUSBOT_SOLR_PASSWORD is not set")
        .hasMessageNotContaining("ops-user-7");
  }
}
