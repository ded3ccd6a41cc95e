package org.corpusbot.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on loopback for tests: pages and feeds set by the test, ETags honoured (a request
 * with the current ETag gets a 304), every request counted by path; and the hostile cases: a page
 * of {@code n} MB, a page that never ends, redirects.
 */
final class NewsSite implements AutoCloseable {
  /** One resource: its content type, body and ETag (null: none). */
  record Resource(String type, byte[] body, String etag) {}

  private final HttpServer server;
  private final ExecutorService threads;
  private final Map<String, Resource> resources = new ConcurrentHashMap<>();
  private final Map<String, String> redirects = new ConcurrentHashMap<>();
  private final Map<String, Integer> bigPages = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final AtomicInteger notModified = new AtomicInteger();
  private volatile boolean stopped;

  NewsSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger n = new AtomicInteger();
    threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "news-site-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void put(String path, String type, String body) {
    put(path, type, body, null);
  }

  void put(String path, String type, String body, String etag) {
    resources.put(path, new Resource(type, body.getBytes(StandardCharsets.UTF_8), etag));
  }

  void redirect(String from, String to) {
    redirects.put(from, to);
  }

  /** {@code path} serves {@code mb} MB of HTML, streamed without a Content-Length. */
  void big(String path, int mb) {
    bigPages.put(path, mb);
  }

  int requests(String path) {
    AtomicInteger c = requests.get(path);
    return c == null ? 0 : c.get();
  }

  int notModified() {
    return notModified.get();
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    try (x) {
      if (redirects.containsKey(path)) {
        x.getResponseHeaders().set("Location", redirects.get(path));
        x.sendResponseHeaders(302, -1);
      } else if (path.equals("/endless")) {
        endless(x);
      } else if (bigPages.containsKey(path)) {
        big(x, bigPages.get(path));
      } else {
        serve(x, resources.get(path));
      }
    } catch (IOException e) {
      // the client hung up (a cap or a deadline cut it off): what the hostile cases expect
    }
  }

  private void serve(HttpExchange x, Resource r) throws IOException {
    if (r == null) {
      x.sendResponseHeaders(404, -1);
      return;
    }
    if (r.etag() != null) {
      x.getResponseHeaders().set("ETag", r.etag());
      if (r.etag().equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        x.sendResponseHeaders(304, -1);
        return;
      }
    }
    x.getResponseHeaders().set("Content-Type", r.type());
    x.sendResponseHeaders(200, r.body().length);
    x.getResponseBody().write(r.body());
  }

  private void big(HttpExchange x, int mb) throws IOException {
    x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    x.sendResponseHeaders(200, 0);
    byte[] para =
        "<p>All work and no play makes a very long page.</p>\n"
            .repeat(200)
            .getBytes(StandardCharsets.UTF_8);
    OutputStream out = x.getResponseBody();
    long left = (long) mb << 20;
    while (left > 0 && !stopped) {
      out.write(para, 0, (int) Math.min(para.length, left));
      left -= para.length;
    }
  }

  private void endless(HttpExchange x) throws IOException {
    x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    x.sendResponseHeaders(200, 0);
    OutputStream out = x.getResponseBody();
    out.write("<html><body><article>".getBytes(StandardCharsets.UTF_8));
    while (!stopped) {
      out.write("<p>And it goes on.</p>\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() {
    stopped = true;
    server.stop(0);
    threads.shutdownNow();
  }
}
