package org.corpusbot.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Entities;

/**
 * A news site on loopback for {@code bench-feeds}: an RSS feed ({@code /feed.xml}, with an ETag)
 * that grows by one item at a time, and each item's page (navigation, share bar, the story) served
 * from memory; nothing is written to disk.
 */
public final class FeedSite implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads;
  private final List<FeedBenchmark.Story> published = new ArrayList<>();
  private final Map<String, String> pages = new ConcurrentHashMap<>();
  private volatile String feed;

  public FeedSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger n = new AtomicInteger();
    threads =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "bench-feed-site-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    feed = rss();
    server.start();
  }

  public String feedUrl() {
    return url("/feed.xml");
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Puts {@code s} on the site and at the top of the feed; returns its page's URL. */
  public synchronized String publish(FeedBenchmark.Story s) {
    String path = "/news/" + s.id();
    pages.put(path, page(s));
    published.add(s);
    feed = rss();
    return url(path);
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      String path = x.getRequestURI().getPath();
      String body = path.equals("/feed.xml") ? feed : pages.get(path);
      if (body == null) {
        x.sendResponseHeaders(404, -1);
        return;
      }
      String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
      x.getResponseHeaders().set("ETag", etag);
      if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        x.sendResponseHeaders(304, -1);
        return;
      }
      x.getResponseHeaders()
          .set("Content-Type", path.equals("/feed.xml") ? "application/rss+xml" : "text/html");
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      x.sendResponseHeaders(200, bytes.length);
      x.getResponseBody().write(bytes);
    }
  }

  private synchronized String rss() {
    StringBuilder items = new StringBuilder();
    for (int i = published.size() - 1; i >= 0 && i >= published.size() - 30; i--) {
      FeedBenchmark.Story s = published.get(i);
      String link = url("/news/" + s.id());
      items
          .append("<item><title>")
          .append(Entities.escape(s.title()))
          .append("</title><link>")
          .append(link)
          .append("</link><guid>")
          .append(link)
          .append("</guid><pubDate>")
          .append(
              DateTimeFormatter.RFC_1123_DATE_TIME.format(
                  s.date().atStartOfDay().atOffset(ZoneOffset.UTC)))
          .append("</pubDate><description>")
          .append(Entities.escape(s.paragraphs().get(0)))
          .append("</description></item>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Bench Courier</title><link>"
        + url("/")
        + "</link><description>bench</description>\n"
        + items
        + "</channel></rss>\n";
  }

  private static String page(FeedBenchmark.Story s) {
    StringBuilder p = new StringBuilder();
    for (String para : s.paragraphs()) {
      p.append("<p>").append(Entities.escape(para)).append("</p>\n");
    }
    return "<!doctype html><html><head><title>"
        + Entities.escape(s.title())
        + "</title></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
        + "<article><h1>"
        + Entities.escape(s.title())
        + "</h1>"
        + "<div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div>\n"
        + p
        + "<p><a href=\"/more\">Read more</a></p></article><footer>Bench Courier</footer></body></html>";
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
