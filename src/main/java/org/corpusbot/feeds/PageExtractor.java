package org.corpusbot.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.corpus.HtmlArticle;
import org.corpusbot.corpus.TextCleaner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article of a news page, without what news sites put around it: on top of {@link
 * HtmlArticle}'s rules (navigation, asides, scripts, figures and captions out), share bars,
 * "related" and newsletter boxes, bylines, captions by class, and "Read more" / "Continue reading"
 * links are dropped.
 */
final class PageExtractor {
  private static final String WEB_NOISE =
      "[class*=share], [id*=share], [class*=social], [class*=related], [id*=related],"
          + " [class*=newsletter], [class*=byline], [class*=caption], [class*=read-more],"
          + " [class*=readmore], [class*=promo], [class*=advert], [class*=subscribe],"
          + " [class*=comments], [rel=author], [itemprop=author], [class~=(?i)^(ad|ads|author)$]";
  private static final Pattern LEFTOVER =
      Pattern.compile(
          "(?i)^(?:read more|continue reading|read the full (?:story|article)|share(?: this(?:"
              + " article| story)?)?|advertisement|sign up for .{0,40}newsletter.*)\\W*$");
  private static final String NAME = "\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,3}";

  /** "By Jane Doe", "By Jane Doe and John Roe": capitalised names only, not "By then, …". */
  private static final Pattern BYLINE =
      Pattern.compile("^(?:By|BY) " + NAME + "(?:,? (?:and|&) " + NAME + ")?$");

  private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

  private PageExtractor() {}

  /** The page's article; its body is empty when the page holds no text. */
  static HtmlArticle page(Fetched page) {
    Document doc;
    try {
      doc =
          Jsoup.parse(
              new ByteArrayInputStream(page.body()),
              charset(page.contentType()),
              page.url().toString());
    } catch (IOException e) {
      throw new IllegalStateException("reading bytes in memory cannot fail", e);
    }
    if (page.contentType() != null
        && page.contentType().toLowerCase(Locale.ROOT).startsWith("text/plain")) {
      String text = new String(page.body(), charsetOrUtf8(page.contentType()));
      return new HtmlArticle(null, null, null, null, List.of(), new TextCleaner().clean(text));
    }
    return clean(doc);
  }

  /** The text of a feed's own content (HTML), cleaned the same way. */
  static String fragment(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return clean(Jsoup.parseBodyFragment(html)).body();
  }

  private static HtmlArticle clean(Document doc) {
    doc.select(WEB_NOISE).remove();
    for (Element e : doc.select("p, a, li, div, span, h2, h3, h4, h5, h6")) {
      String t = e.text().strip();
      if (e.parent() != null && (LEFTOVER.matcher(t).matches() || BYLINE.matcher(t).matches())) {
        e.remove();
      }
    }
    HtmlArticle a = HtmlArticle.of(doc);
    return new HtmlArticle(
        a.title(), a.date(), a.source(), a.url(), a.authors(), new TextCleaner().clean(a.body()));
  }

  /** The charset the server named, or null to let jsoup read the page's meta tag. */
  private static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    return m.find() && Charset.isSupported(m.group(1)) ? m.group(1) : null;
  }

  private static Charset charsetOrUtf8(String contentType) {
    String c = charset(contentType);
    return c == null ? StandardCharsets.UTF_8 : Charset.forName(c);
  }
}
