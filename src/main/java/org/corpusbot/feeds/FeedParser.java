package org.corpusbot.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.Atom10Parser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads RSS 0.9x–2.0, RDF and Atom with ROME, and JSON Feed 1.x with Jackson. Relative links are
 * resolved (Atom's {@code xml:base} by ROME, then the feed's own URL). DOCTYPEs are refused, so no
 * entity is ever expanded: a "billion laughs" feed fails at once and costs no memory.
 */
final class FeedParser {
  static {
    // NOTE: a static switch of ROME's; resolving xml:base is what every caller wants.
    Atom10Parser.setResolveURIs(true);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private FeedParser() {}

  static ParsedFeed parse(Fetched fetched) throws FetchException {
    String type =
        fetched.contentType() == null ? "" : fetched.contentType().toLowerCase(Locale.ROOT);
    byte[] body = fetched.body();
    if (type.contains("json") || startsWithBrace(body)) {
      return JsonFeed.parse(JSON, body, fetched.url());
    }
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      input.setXmlHealerOn(false);
      SyndFeed feed =
          input.build(new XmlReader(new ByteArrayInputStream(body), fetched.contentType(), true));
      List<FeedItem> items = new ArrayList<>();
      for (SyndEntry e : feed.getEntries()) {
        items.add(item(e, fetched.url()));
      }
      return new ParsedFeed(clean(feed.getTitle()), items);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new FetchException("not a readable feed: " + LogSafe.line(e.getMessage()), e);
    }
  }

  private static boolean startsWithBrace(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
        return b == '{';
      }
    }
    return false;
  }

  private static FeedItem item(SyndEntry e, URI base) {
    String link = e.getLink();
    if (link == null) {
      for (SyndLink l : e.getLinks()) {
        if (l.getRel() == null || l.getRel().equals("alternate")) {
          link = l.getHref();
          break;
        }
      }
    }
    if (link == null && e.getUri() != null && e.getUri().matches("(?i)https?://.*")) {
      link = e.getUri(); // RSS guid isPermaLink
    }
    List<String> authors = new ArrayList<>();
    for (SyndPerson p : e.getAuthors()) {
      if (p.getName() != null && !p.getName().isBlank()) {
        authors.add(p.getName().strip());
      }
    }
    if (authors.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) {
      authors.add(e.getAuthor().strip());
    }
    Date date = e.getUpdatedDate() != null ? e.getUpdatedDate() : e.getPublishedDate();
    return new FeedItem(
        absolute(base, link),
        e.getUri(),
        clean(e.getTitle()),
        date == null ? null : date.toInstant(),
        authors,
        content(e));
  }

  /** {@code content:encoded} or Atom content before the description or summary. */
  private static String content(SyndEntry e) {
    String best = null;
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null && (best == null || c.getValue().length() > best.length())) {
        best = c.getValue();
      }
    }
    if (best == null && e.getDescription() != null) {
      best = e.getDescription().getValue();
    }
    return best;
  }

  /** {@code link} made absolute against {@code base}; null when it is not an http(s) URL. */
  static String absolute(URI base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      String out = base.resolve(link.strip()).toString();
      return org.corpusbot.corpus.Urls.isWebUrl(out) ? out : null;
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }

  static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static Instant instant(String s) {
    try {
      return s == null ? null : java.time.OffsetDateTime.parse(s.strip()).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
