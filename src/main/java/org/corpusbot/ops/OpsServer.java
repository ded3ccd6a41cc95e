package org.corpusbot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's HTTP endpoints: {@code /metrics} (Prometheus text format), {@code /health}
 * (readiness: 200 or 503 with a JSON body) and {@code /health/live} (liveness: 200 while the
 * process serves HTTP). GET and HEAD only; nothing here asks who is calling, hence loopback by
 * default.
 *
 * <p>Served by the JDK's own {@code com.sun.net.httpserver}: three small read-only endpoints need
 * no further dependency, and Prometheus's exporter (the same server underneath) would not serve
 * {@code /health}. Requests are handled one at a time on the thread {@code ops-http}; the JDK adds
 * its {@code HTTP-Dispatcher} thread. {@link #close} stops both.
 */
public final class OpsServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OpsServer.class);
  static final String METRICS_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  static final String JSON_TYPE = "application/json";
  static final String TEXT_TYPE = "text/plain; charset=utf-8";

  private final HttpServer server;
  private final ExecutorService executor;
  private final AutoCloseable jvm;

  private OpsServer(HttpServer server, ExecutorService executor, AutoCloseable jvm) {
    this.server = server;
    this.executor = executor;
    this.jvm = jvm;
  }

  /** Starts the server the settings ask for, or returns null when they say off (port 0). */
  public static OpsServer startIfEnabled(MetricsSettings s, BotMetrics metrics, Health health) {
    if (!s.enabled()) {
      return null;
    }
    return start(new InetSocketAddress(s.host(), s.port()), metrics, health);
  }

  /**
   * Starts serving on {@code address} (port 0: any free port, see {@link #address}); {@code
   * metrics} must be {@link BotMetrics#enabled}.
   */
  public static OpsServer start(InetSocketAddress address, BotMetrics metrics, Health health) {
    if (!metrics.enabled()) {
      throw new IllegalArgumentException("metrics are off: nothing to serve");
    }
    if (address.isUnresolved()) {
      throw new IllegalArgumentException(
          "metrics.host '" + address.getHostString() + "' is not a known address");
    }
    HttpServer server = create(address);
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "ops-http");
              t.setDaemon(true);
              return t;
            });
    AutoCloseable jvm = null;
    boolean success = false;
    try {
      jvm = metrics.bindJvm();
      server.setExecutor(executor);
      server.createContext("/", new Routes(metrics, health)::handle);
      server.start();
      success = true;
    } finally {
      if (!success) {
        server.stop(0);
        executor.shutdownNow();
        closeQuietly(jvm);
      }
    }
    OpsServer ops = new OpsServer(server, executor, jvm);
    log.info(
        "Serving /metrics and /health on http://{}:{}",
        address.getHostString(),
        ops.address().getPort());
    if (!address.getAddress().isLoopbackAddress()) {
      log.warn(
          "/metrics and /health answer anyone who reaches {}: keep that address private",
          address.getHostString());
    }
    return ops;
  }

  private static HttpServer create(InetSocketAddress address) {
    try {
      return HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot serve metrics on "
              + address.getHostString()
              + ":"
              + address.getPort()
              + " ("
              + e.getMessage()
              + "); change metrics.port or metrics.host",
          e);
    }
  }

  /** Where it listens (the real port when asked for port 0). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    closeQuietly(jvm);
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception e) {
      log.warn("Unbinding the JVM metrics failed: {}", e.getMessage());
    }
  }

  /** The three endpoints. */
  private record Routes(BotMetrics metrics, Health health) {
    void handle(HttpExchange x) throws IOException {
      try (x) {
        respond(x);
      }
    }

    private void respond(HttpExchange x) throws IOException {
      String method = x.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        x.getResponseHeaders().set("Allow", "GET, HEAD");
        send(x, 405, TEXT_TYPE, "GET or HEAD only\n");
        return;
      }
      String path = x.getRequestURI().getPath();
      String body;
      int code = 200;
      String type = JSON_TYPE;
      try {
        switch (path) {
          case "/metrics" -> {
            body = metrics.scrape();
            type = METRICS_TYPE;
          }
          case "/health", "/health/ready" -> {
            Health.Report r = health.report();
            body = r.json();
            code = r.up() ? 200 : 503;
          }
          case "/health/live" -> body = "{\"status\":\"UP\"}";
          default -> {
            body = "try /metrics or /health\n";
            code = 404;
            type = TEXT_TYPE;
          }
        }
      } catch (RuntimeException e) {
        log.error("{} {} failed", method, path, e);
        body = "internal error\n";
        code = 500;
        type = TEXT_TYPE;
      }
      send(x, code, type, body);
    }

    private static void send(HttpExchange x, int code, String type, String body)
        throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      x.getResponseHeaders().set("Content-Type", type);
      x.getResponseHeaders().set("Cache-Control", "no-store");
      boolean head = x.getRequestMethod().equals("HEAD");
      x.sendResponseHeaders(code, head ? -1 : bytes.length);
      if (!head) {
        try (OutputStream out = x.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }
}
