package org.corpusbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void canonicalIgnoresWhatDoesNotChangeThePage() {
    String key = Urls.canonical("https://www.Example.com/news/story-1/?utm_source=rss&id=7#top");
    assertThat(key).isEqualTo("//example.com/news/story-1?id=7");
    assertThat(Urls.canonical("http://example.com:80/news/story-1?id=7&fbclid=x")).isEqualTo(key);
    assertThat(Urls.canonical("https://example.com/news/story-2?id=7")).isNotEqualTo(key);
  }

  @Test
  void canonicalKeepsParametersThatNameThePageInAStableOrder() {
    assertThat(Urls.canonical("https://example.com/a?b=2&a=1"))
        .isEqualTo(Urls.canonical("https://example.com/a?a=1&b=2"))
        .isEqualTo("//example.com/a?a=1&b=2");
    assertThat(Urls.canonical("https://example.com:8443/a")).isEqualTo("//example.com:8443/a");
  }

  @Test
  void canonicalIsNullForWhatIsNotAWebUrl() {
    assertThat(Urls.canonical("file:///etc/passwd")).isNull();
    assertThat(Urls.canonical("not a url")).isNull();
    assertThat(Urls.canonical(null)).isNull();
  }
}
