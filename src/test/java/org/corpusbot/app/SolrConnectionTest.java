package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsLoader;
import org.corpusbot.solr.SolrOptions;
import org.junit.jupiter.api.Test;

class SolrConnectionTest {
  @Test
  void theSettingsAndTheEnvironmentsCredentialsReachTheSolrBackendButNoMessage() {
    Settings s =
        SettingsLoader.load(
            null,
            Map.of(
                "CORPUSBOT_RETRIEVAL_BACKEND", "solr",
                "CORPUSBOT_SOLR_ZK_HOSTS", "zk1:2181,zk2:2181/solr",
                "CORPUSBOT_SOLR_COLLECTION", "news",
                "CORPUSBOT_SOLR_CONNECT_TIMEOUT_MS", "1200",
                "CORPUSBOT_SOLR_USER", "ops-user-7",
                "CORPUSBOT_SOLR_PASSWORD", "Hunter2pw"),
            Map.of());
    SolrOptions o = SolrConnection.options(s);
    assertThat(o.zkHosts()).containsExactly("zk1:2181", "zk2:2181/solr");
    assertThat(o.urls()).isEmpty();
    assertThat(o.collection()).isEqualTo("news");
    assertThat(o.shards()).isEqualTo(2);
    assertThat(o.replicas()).isEqualTo(2);
    assertThat(o.user()).isEqualTo("ops-user-7");
    assertThat(o.password()).isEqualTo("Hunter2pw");
    assertThat(o.connectTimeout()).isEqualTo(Duration.ofMillis(1200));
    assertThat(o.zkTimeout())
        .as("an unreachable ZooKeeper fails as fast")
        .isEqualTo(o.connectTimeout());
    assertThat(o.where() + " " + o + " " + s).doesNotContain("Hunter2pw");
    assertThat(o.where()).isEqualTo("Solr collection news (ZooKeeper zk1:2181,zk2:2181/solr)");
  }

  @Test
  void withoutCredentialsNoneAreSent() {
    Settings s =
        SettingsLoader.load(
            null,
            Map.of(
                "CORPUSBOT_RETRIEVAL_BACKEND", "solr",
                "CORPUSBOT_SOLR_URLS", "http://127.0.0.1:8983/solr"),
            Map.of());
    SolrOptions o = SolrConnection.options(s);
    assertThat(o.user()).isNull();
    assertThat(o.password()).isNull();
    assertThat(o.urls()).containsExactly("http://127.0.0.1:8983/solr");
  }
}
