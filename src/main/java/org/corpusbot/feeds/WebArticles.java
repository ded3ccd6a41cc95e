package org.corpusbot.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Dates;
import org.corpusbot.corpus.HtmlArticle;
import org.corpusbot.corpus.Urls;

/** Articles made from web pages and feed items. */
final class WebArticles {
  private WebArticles() {}

  /**
   * The id of the article at {@code url}: {@code web-} and 16 hex digits of the SHA-256 of {@link
   * Urls#canonical}, so a corrected version of a page (same URL, new text) replaces the old one,
   * and the same page reached through two feeds, with tracking parameters or over http and https is
   * one article. A hash, not the URL itself: ids go into file names and Telegram's 64-byte callback
   * data.
   */
  static String id(String url) {
    String key = Urls.canonical(url);
    if (key == null) {
      throw new IllegalArgumentException("not an http(s) URL");
    }
    return "web-" + hex(key).substring(0, 16);
  }

  static String hex(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  /**
   * The article of a feed item: the page's text when it gave at least as much as the feed's own
   * content (a teaser page, a paywall or a failed fetch leaves the feed's text), else the feed's.
   * Null when neither has any text.
   */
  static Article ofItem(FeedItem item, String feedTitle, HtmlArticle page) {
    String own = PageExtractor.fragment(item.html());
    String pageText = page == null ? "" : page.body();
    String text = pageText.length() >= own.length() ? pageText : own;
    if (text.isBlank()) {
      return null;
    }
    String title = item.title() != null ? item.title() : page == null ? null : page.title();
    LocalDate date = date(item.published());
    if (date == null && page != null && page.date() != null) {
      date = Dates.parse(page.date()).orElse(null);
    }
    List<String> authors =
        !item.authors().isEmpty() || page == null ? item.authors() : page.authors();
    String id =
        item.url() != null ? id(item.url()) : "web-" + hex("guid " + item.guid()).substring(0, 16);
    return new Article(id, title, date, feedTitle, item.url(), authors, text, null);
  }

  /** The article of a page an admin linked; null when it holds no text. */
  static Article ofPage(String url, HtmlArticle page) {
    if (page.body().isBlank()) {
      return null;
    }
    LocalDate date = page.date() == null ? null : Dates.parse(page.date()).orElse(null);
    String source = page.source() != null ? page.source() : Urls.host(url);
    return new Article(id(url), page.title(), date, source, url, page.authors(), page.body(), null);
  }

  private static LocalDate date(Instant at) {
    return at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
