package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsLoader;
import org.corpusbot.corpus.CorpusException;
import org.corpusbot.ops.Health;
import org.corpusbot.ops.OpsServer;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexReport;
import org.corpusbot.retrieval.SyncOptions;
import org.corpusbot.testing.SyntheticCorpus;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every indexing run shows in {@code corpusbot_index_sync_seconds} by how it ended, read over HTTP
 * from the real metrics server: a corpus that cannot be found fails, removals or a rebuild refused
 * as looking like a fault are refused, a stopped run is stopped; only a complete run is ok and
 * moves {@code corpusbot_index_last_success_seconds}.
 */
class IndexingMetricsIT {
  private static final String SYNC = "corpusbot_index_sync_seconds_count{result=\"%s\"}";
  private static final String LAST = "corpusbot_index_last_success_seconds";

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  private Settings settings(Path corpus) {
    return SettingsLoader.load(
        null,
        Map.of("CORPUSBOT_METRICS_PORT", "9464"),
        Map.of("corpus.path", corpus.toString(), "data.dir", dir.resolve("data").toString()));
  }

  private Map<String, Double> scrape(OpsServer ops) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + ops.address().getPort() + "/metrics");
    String body =
        http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    Map<String, Double> out = new HashMap<>();
    for (String line : body.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        int space = line.lastIndexOf(' ');
        out.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
      }
    }
    return out;
  }

  private static double runs(Map<String, Double> m, String result) {
    return m.getOrDefault(String.format(SYNC, result), 0.0);
  }

  @Test
  void eachRunCountsByHowItEndedAndOnlyACompleteOneIsASuccess() throws Exception {
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    SyntheticCorpus.writeText(corpus.resolve("more"), 100); // more than one batch
    try (Corpusbot bot = Corpusbot.writable(settings(corpus));
        OpsServer ops =
            OpsServer.start(
                new InetSocketAddress("127.0.0.1", 0),
                bot.metrics(),
                new Health(Map.of("index", Health.index(bot.catalog()))))) {
      bot.sync(false, IndexProgress.NONE);
      Map<String, Double> m = scrape(ops);
      assertThat(runs(m, "ok")).isEqualTo(1);
      double success = m.get(LAST);

      Path aside = Files.move(corpus, dir.resolve("unmounted"));
      assertThatThrownBy(() -> bot.sync(false, IndexProgress.NONE))
          .isInstanceOf(CorpusException.class)
          .hasMessageContaining("corpus not found");
      m = scrape(ops);
      assertThat(runs(m, "failed")).isEqualTo(1);

      Files.createDirectories(corpus); // mounted, but empty
      assertThat(bot.sync(false, IndexProgress.NONE).result())
          .isEqualTo(IndexReport.Result.REFUSED);
      assertThat(bot.sync(true, IndexProgress.NONE).abandoned()).isTrue();
      m = scrape(ops);
      assertThat(runs(m, "refused")).isEqualTo(2);

      Files.delete(corpus);
      Files.move(aside, corpus);
      IndexReport stopped = bot.sync(new SyncOptions(true, false, () -> true), IndexProgress.NONE);
      assertThat(stopped.stopped()).isTrue();
      m = scrape(ops);
      assertThat(runs(m, "stopped")).isEqualTo(1);
      assertThat(runs(m, "ok")).isEqualTo(1);
      assertThat(m.get(LAST)).isEqualTo(success);

      bot.sync(false, IndexProgress.NONE);
      m = scrape(ops);
      assertThat(runs(m, "ok")).isEqualTo(2);
      assertThat(m.get(LAST)).isGreaterThan(success);
    }
  }
}
