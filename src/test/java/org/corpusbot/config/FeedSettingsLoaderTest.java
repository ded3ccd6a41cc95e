package org.corpusbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedSettingsLoaderTest {
  @Test
  void feedsAreOffByDefaultAndPrivateAddressesRefused() {
    Settings s = SettingsLoader.load(null, Map.of(), Map.of());
    assertThat(s.feeds().urls()).isEmpty();
    assertThat(s.feeds().allowPrivate()).isFalse();
    assertThat(s.feeds().interval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(s.feeds().maxBytes()).isEqualTo(10L << 20);
  }

  @Test
  void readsFeedUrlsCommaSeparated() {
    Settings s =
        SettingsLoader.load(
            null,
            Map.of("CORPUSBOT_FEEDS_URLS", "https://a.example/rss, http://b.example/atom.xml"),
            Map.of("feeds.interval", "60"));
    assertThat(s.feeds().urls())
        .containsExactly("https://a.example/rss", "http://b.example/atom.xml");
    assertThat(s.feeds().interval()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void aFeedThatIsNotHttpFailsTheStartNamingTheSetting() {
    assertThatThrownBy(
            () -> SettingsLoader.load(null, Map.of(), Map.of("feeds.urls", "file:///etc/passwd")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("feeds.urls")
        .hasMessageContaining("not an http(s) URL");
    assertThatThrownBy(() -> SettingsLoader.load(null, Map.of(), Map.of("feeds.interval", "1")))
        .hasMessageContaining("feeds.interval = 1 is out of range");
  }
}
