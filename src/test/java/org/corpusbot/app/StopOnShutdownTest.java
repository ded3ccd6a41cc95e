package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsLoader;
import org.junit.jupiter.api.Test;

/**
 * One story for how long a stop takes: the longest a stopping process holds on (the answers' grace,
 * then indexing's batch boundary and commit) is shorter than every stop timeout the deployment
 * files and the README give it, so a service manager never kills it mid-commit.
 */
class StopOnShutdownTest {
  private static int seconds(Path file, String pattern) throws Exception {
    Matcher m = Pattern.compile(pattern).matcher(Files.readString(file));
    assertThat(m.find()).as(pattern + " in " + file).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @Test
  void everyDocumentedStopTimeoutIsLongerThanTheLongestStop() throws Exception {
    Settings defaults = SettingsLoader.load(null, Map.of(), Map.of());
    Duration longest =
        Duration.ofSeconds(defaults.telegram().shutdownSeconds()).plus(StopOnShutdown.INDEXING);
    assertThat(longest).isEqualTo(Duration.ofSeconds(38)); // as the README says
    assertThat(seconds(Path.of("config", "systemd", "corpusbot.service"), "TimeoutStopSec=(\\d+)"))
        .isGreaterThan((int) longest.toSeconds());
    for (Path doc :
        new Path[] {Path.of("config", "container", "Dockerfile"), Path.of("README.md")}) {
      assertThat(seconds(doc, "--stop-timeout (\\d+)")).isGreaterThan((int) longest.toSeconds());
    }
  }
}
