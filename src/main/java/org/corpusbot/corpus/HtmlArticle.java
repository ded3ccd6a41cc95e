package org.corpusbot.corpus;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about its article: title, date, source, URL and authors from the usual
 * meta tags (Open Graph, {@code article:published_time}, schema.org), the body from the {@code
 * article} element (else {@code main}, else {@code body}) without navigation, asides, scripts or
 * figure captions, paragraphs separated by a blank line. Fields are null when the page does not
 * say; {@code body} may be blank.
 */
public record HtmlArticle(
    String title, String date, String source, String url, List<String> authors, String body) {
  private static final String NOISE =
      "script, style, noscript, nav, header, footer, aside, form, figure, figcaption, iframe,"
          + " svg, button, [role=navigation], [aria-hidden=true]";

  public HtmlArticle {
    authors = List.copyOf(authors);
  }

  /** Reads {@code doc}; the document itself is left as it was. */
  public static HtmlArticle of(Document doc) {
    String title =
        first(doc, "meta[property=og:title]", "meta[name=twitter:title]", "meta[name=title]");
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      title = h1 != null ? h1.text() : doc.title();
    }
    String date =
        first(
            doc,
            "meta[property=article:published_time]",
            "meta[name=article:published_time]",
            "meta[itemprop=datePublished]",
            "meta[name=date]",
            "meta[name=pubdate]",
            "meta[name=publish-date]",
            "meta[name=dc.date]",
            "meta[property=og:published_time]");
    if (date == null) {
      Element time = doc.selectFirst("time[datetime]");
      date = time == null ? null : time.attr("datetime");
    }
    String source = first(doc, "meta[property=og:site_name]", "meta[name=application-name]");
    String url = first(doc, "meta[property=og:url]");
    if (url == null) {
      Element canonical = doc.selectFirst("link[rel=canonical]");
      url = canonical == null ? null : canonical.attr("href");
    }
    List<String> authors = new ArrayList<>();
    for (Element e : doc.select("meta[name=author], meta[property=article:author]")) {
      authors.addAll(Authors.split(e.attr("content")));
    }
    return new HtmlArticle(title, date, source, url, authors, body(doc, title));
  }

  private static String body(Document doc, String title) {
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.selectFirst("main");
    }
    if (root == null) {
      root = doc.body();
    }
    root = root.clone();
    root.select(NOISE).remove();
    List<String> paragraphs = new ArrayList<>();
    for (Element e : root.select("p, h2, h3, h4, h5, h6, li, pre")) {
      if (e.is("li") && !e.select("p").isEmpty()) {
        continue; // its paragraphs are taken one by one
      }
      String t = e.text().strip();
      if (!t.isEmpty() && !t.equals(title)) {
        paragraphs.add(t);
      }
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add(root.text());
    }
    return String.join("\n\n", paragraphs);
  }

  private static String first(Document doc, String... selectors) {
    for (String selector : selectors) {
      Element e = doc.selectFirst(selector);
      if (e != null && !e.attr("content").isBlank()) {
        return e.attr("content");
      }
    }
    return null;
  }
}
