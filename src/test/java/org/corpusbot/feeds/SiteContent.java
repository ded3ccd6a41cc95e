package org.corpusbot.feeds;

/** Feeds and pages shaped like a real news site's, for tests. */
final class SiteContent {
  static final String RSS = "application/rss+xml; charset=utf-8";
  static final String HTML = "text/html; charset=utf-8";

  /** The paragraphs of the test site's ferry story (its second names 120 passengers). */
  static final String[] FERRY = {
    "The town of Quillmoor launched a solar-powered ferry across Lake Varnis on Monday, the first"
        + " electric crossing on the lake.",
    "Mayor Odile Fenwick said the ferry would carry 120 passengers and cut the crossing to 14"
        + " minutes.",
    "The vessel was built at the Brask shipyard over eighteen months."
  };

  private SiteContent() {}

  /** An article page: navigation, a byline, a share bar, a figure with caption, "Read more". */
  static String page(String title, String... paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<p>").append(p).append("</p>\n");
    }
    return """
        <!doctype html><html><head><title>%1$s | Lakeside Courier</title>
        <meta property="og:title" content="%1$s">
        <meta property="og:site_name" content="Lakeside Courier">
        <meta property="article:published_time" content="2026-11-30T08:00:00Z">
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>
        <article>
        <h1>%1$s</h1>
        <p class="byline">By Mara Lindqvist, Lakeside Courier, updated 2 hours ago</p>
        <ul class="share-tools"><li>Share on Facebook</li><li>Share on X</li><li>Email</li></ul>
        <figure><img src="/img/1.jpg"><figcaption>Crowds gathered at dawn. Photo: Lakeside</figcaption></figure>
        <p class="image-caption">The ferry leaves the harbour at dawn.</p>
        %2$s
        <div class="related-links"><h3>More on this story</h3><ul><li>Unrelated local bake sale</li></ul></div>
        <p>By Mara Lindqvist</p>
        <p><a href="/more">Read more</a></p>
        </article>
        <aside class="related"><h3>Related stories</h3><ul><li>Unrelated local bake sale</li></ul></aside>
        <footer>Copyright Lakeside Courier</footer>
        </body></html>
        """
        .formatted(title, body);
  }

  /** An RSS 2.0 item with {@code content:encoded}. */
  static String rssItem(String title, String link, String pubDate, String encoded) {
    return """
        <item><title>%s</title><link>%s</link><guid isPermaLink="true">%s</guid>
        <pubDate>%s</pubDate><dc:creator>Mara Lindqvist</dc:creator>
        <description>A short teaser.</description>
        <content:encoded><![CDATA[%s]]></content:encoded></item>
        """
        .formatted(title, link, link, pubDate, encoded);
  }

  static String rss(String title, String... items) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>%s</title><link>https://example.org/</link><description>News</description>
        %s
        </channel></rss>
        """
        .formatted(title, String.join("\n", items));
  }

  /** An Atom feed whose entry links are relative to its {@code xml:base}. */
  static String atom(String base, String title, String relativeLink, String summary) {
    return """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="%s">
          <title>Harbour Gazette</title><id>urn:x-test:gazette</id>
          <updated>2026-11-30T09:00:00Z</updated>
          <entry><title>%s</title><link rel="alternate" href="%s"/>
            <id>urn:x-test:gazette:1</id><updated>2026-11-30T09:00:00Z</updated>
            <author><name>Ivo Brandt</name></author>
            <summary>%s</summary></entry>
        </feed>
        """
        .formatted(base, title, relativeLink, summary);
  }

  static final String BILLION_LAUGHS =
      """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [
       <!ENTITY lol "lol">
       <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
       <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
       <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
       <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
       <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
       <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
       <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
       <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
      ]>
      <rss version="2.0"><channel><title>&lol9;</title><link>https://example.org/</link>
      <description>x</description></channel></rss>
      """;
}
