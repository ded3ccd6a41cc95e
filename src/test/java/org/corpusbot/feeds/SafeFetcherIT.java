package org.corpusbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher's refusals against a real server on loopback, with private addresses refused. */
class SafeFetcherIT {
  private static final FeedSettings STRICT =
      new FeedSettings(List.of(), Duration.ofMinutes(5), false, 1L << 20, Duration.ofSeconds(3));
  private NewsSite site;

  @BeforeEach
  void setUp() throws Exception {
    site = new NewsSite();
    site.put("/page", "text/html", "<html><body><article><p>Hello.</p></article></body></html>");
  }

  @AfterEach
  void tearDown() {
    site.close();
  }

  @Test
  void aLoopbackServerIsRefusedWhenPrivateAddressesAreNotAllowed() {
    try (SafeFetcher f = new SafeFetcher(STRICT)) {
      assertThatThrownBy(() -> f.fetch(site.url("/page"), SafeFetcher.Kind.PAGE, null, null))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("loopback")
          .hasMessageContaining("feeds.allow-private is false");
    }
    assertThat(site.requests("/page")).isZero();
  }

  @Test
  void theSameServerIsFetchedWhenPrivateAddressesAreAllowed() throws Exception {
    try (SafeFetcher f = new SafeFetcher(STRICT.withAllowPrivate(true))) {
      Fetched got = f.fetch(site.url("/page"), SafeFetcher.Kind.PAGE, null, null);
      assertThat(new String(got.body())).contains("Hello.");
    }
  }

  @Test
  void aRedirectToAPrivateAddressIsCheckedAgainAndRefused() {
    // 127.0.0.1 (the site) is let in; the redirect's 127.0.0.2 meets the policy like any address.
    String other = site.url("/page").replace("127.0.0.1", "127.0.0.2");
    site.redirect("/go", other);
    try (SafeFetcher f = new SafeFetcher(STRICT, a -> a.getHostAddress().equals("127.0.0.1"))) {
      assertThatThrownBy(() -> f.fetch(site.url("/go"), SafeFetcher.Kind.PAGE, null, null))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("127.0.0.2")
          .hasMessageContaining("refused");
    }
    assertThat(site.requests("/go")).isEqualTo(1);
    assertThat(site.requests("/page")).isZero();
  }

  @Test
  void moreThanFiveRedirectsAreNotFollowed() {
    for (int i = 0; i < 8; i++) {
      site.redirect("/r" + i, "/r" + (i + 1));
    }
    try (SafeFetcher f = new SafeFetcher(STRICT.withAllowPrivate(true))) {
      assertThatThrownBy(() -> f.fetch(site.url("/r0"), SafeFetcher.Kind.PAGE, null, null))
          .hasMessageContaining("more than 5 redirects");
    }
    assertThat(site.requests("/r6")).isZero();
  }

  @Test
  void onlyHttpAndHttpsAreFetched() {
    try (SafeFetcher f = new SafeFetcher(STRICT.withAllowPrivate(true))) {
      for (String url :
          List.of("file:///etc/passwd", "ftp://example.org/x", "gopher://h/", "jar:file:/x!/y")) {
        assertThatThrownBy(() -> f.fetch(url, SafeFetcher.Kind.PAGE, null, null))
            .as(url)
            .hasMessageStartingWith("only http and https");
      }
    }
  }

  @Test
  void aPageIsNotTakenForAFeedNorAnImageForAPage() {
    site.put("/img", "image/png", "PNG");
    try (SafeFetcher f = new SafeFetcher(STRICT.withAllowPrivate(true))) {
      assertThatThrownBy(() -> f.fetch(site.url("/page"), SafeFetcher.Kind.FEED, null, null))
          .hasMessageContaining("not a feed (content type 'text/html')");
      assertThatThrownBy(() -> f.fetch(site.url("/img"), SafeFetcher.Kind.PAGE, null, null))
          .hasMessageContaining("not a page");
    }
  }

  @Test
  void aUrlsQueryAndCredentialsNeverShowInMessages() {
    assertThat(SafeFetcher.shown("https://user:hunter2@example.org/feed?key=s3cret"))
        .isEqualTo("https://example.org/feed?…");
    assertThat(InetAddress.getLoopbackAddress().isLoopbackAddress()).isTrue();
  }
}
