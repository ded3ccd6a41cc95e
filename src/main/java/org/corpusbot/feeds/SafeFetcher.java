package org.corpusbot.feeds;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fetches a feed or a page the way an attacker's URL cannot abuse: http and https only; every host
 * resolved and refused when any of its addresses is private ({@link AddressPolicy}) unless {@code
 * allowPrivate}; redirects followed here, each hop checked again, at most {@value #MAX_REDIRECTS};
 * the content type checked before the body is read; the body capped at {@code maxBytes}; the whole
 * fetch (every hop and the body) cut at {@code timeout}, so a page that never ends costs that much
 * time and no more. Thread-safe.
 *
 * <p>NOTE: the address check resolves the host, and the HTTP client resolves it again to connect
 * (java.net.http takes no resolver): a DNS server that answers differently within milliseconds
 * (rebinding) can slip past it. A proxy that enforces the same rules closes that gap.
 */
public final class SafeFetcher implements AutoCloseable {
  static final int MAX_REDIRECTS = 5;
  private static final String AGENT = "corpusbot (news feeds; +https://github.com/corpusbot)";

  /** What is being fetched, which decides the content types taken. */
  public enum Kind {
    FEED(
        "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9,"
            + " text/xml;q=0.9, application/json;q=0.8"),
    PAGE("text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5");

    final String accept;

    Kind(String accept) {
      this.accept = accept;
    }

    boolean takes(String contentType) {
      String t = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      return this == FEED
          ? t.endsWith("/xml") || t.endsWith("+xml") || t.endsWith("/json") || t.endsWith("+json")
          : t.equals("text/html") || t.equals("application/xhtml+xml") || t.equals("text/plain");
    }
  }

  private final FeedSettings settings;
  private final ExecutorService threads;
  private final HttpClient client;
  private final java.util.function.Predicate<InetAddress> exempt;

  public SafeFetcher(FeedSettings settings) {
    this(settings, address -> false);
  }

  /**
   * As above, taking the addresses {@code exempt} accepts whatever {@link AddressPolicy} says: a
   * test's way to let its loopback server in and still see every other address checked.
   */
  SafeFetcher(FeedSettings settings, java.util.function.Predicate<InetAddress> exempt) {
    this.settings = settings;
    this.exempt = exempt;
    AtomicInteger n = new AtomicInteger();
    this.threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "corpusbot-fetch-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.client =
        HttpClient.newBuilder()
            .executor(threads)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.timeout())
            .build();
  }

  /**
   * A GET of {@code url}; with {@code etag}/{@code lastModified} (either may be null), a 304 may
   * come back.
   */
  public Fetched fetch(String url, Kind kind, String etag, String lastModified)
      throws FetchException {
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    URI uri = parse(url);
    Set<URI> seen = new HashSet<>();
    for (int hop = 0; ; hop++) {
      if (!seen.add(uri)) {
        throw new FetchException("redirect loop at " + shown(uri));
      }
      if (hop > MAX_REDIRECTS) {
        throw new FetchException("more than " + MAX_REDIRECTS + " redirects from " + shown(url));
      }
      checkAddress(uri);
      HttpResponse<Body> r = send(uri, kind, etag, lastModified, deadline);
      int status = r.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = r.headers().firstValue("Location").orElse(null);
        if (location == null) {
          throw new FetchException("HTTP " + status + " without a Location from " + shown(uri));
        }
        uri = parse(uri.resolve(location.strip()).toString());
        continue;
      }
      return result(uri, r);
    }
  }

  private static Fetched result(URI uri, HttpResponse<Body> r) throws FetchException {
    if (r.body().problem() != null) {
      throw new FetchException(r.body().problem() + " (" + shown(uri) + ")");
    }
    String type = r.headers().firstValue("Content-Type").orElse(null);
    return new Fetched(
        uri,
        r.statusCode() == 304,
        type,
        r.statusCode() == 304 ? new byte[0] : r.body().bytes(),
        r.headers().firstValue("ETag").orElse(null),
        r.headers().firstValue("Last-Modified").orElse(null));
  }

  private HttpResponse<Body> send(
      URI uri, Kind kind, String etag, String lastModified, long deadline) throws FetchException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new FetchException(took());
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(Duration.ofNanos(left))
            .header("User-Agent", AGENT)
            .header("Accept", kind.accept);
    if (etag != null) {
      b.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      b.header("If-Modified-Since", lastModified);
    }
    CompletableFuture<HttpResponse<Body>> f = client.sendAsync(b.build(), handler(kind));
    try {
      return f.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      f.cancel(true); // NOTE: since JDK 16 this aborts the exchange and closes its connection
      throw new FetchException(took() + " (" + shown(uri) + ")");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted while fetching " + shown(uri));
    } catch (ExecutionException e) {
      throw failure(uri, e.getCause());
    }
  }

  private String took() {
    return "no complete answer within " + settings.timeout().toSeconds() + " s";
  }

  private FetchException failure(URI uri, Throwable cause) {
    Throwable c = cause;
    while (c.getCause() != null && !(c instanceof CappedBody.TooLarge)) {
      c = c.getCause();
    }
    if (c instanceof CappedBody.TooLarge) {
      return new FetchException(
          "larger than "
              + (settings.maxBytes() >> 20)
              + " MB (feeds.max-mb); not read ("
              + shown(uri)
              + ")");
    }
    if (c instanceof java.net.http.HttpTimeoutException) {
      return new FetchException(took() + " (" + shown(uri) + ")", cause);
    }
    String what = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    return new FetchException("cannot fetch " + shown(uri) + ": " + LogSafe.line(what), cause);
  }

  /** The body of a response that is worth reading, or why it is not (nothing read then). */
  private record Body(byte[] bytes, String problem) {}

  private BodyHandler<Body> handler(Kind kind) {
    return info -> {
      int s = info.statusCode();
      if ((s >= 300 && s < 400) || s == 304) {
        return BodySubscribers.replacing(new Body(new byte[0], null));
      }
      if (s < 200 || s >= 300) {
        return BodySubscribers.replacing(new Body(null, "HTTP " + s));
      }
      String type = info.headers().firstValue("Content-Type").orElse("");
      if (!kind.takes(type)) {
        return BodySubscribers.replacing(
            new Body(
                null,
                "not a "
                    + kind.name().toLowerCase(Locale.ROOT)
                    + " (content type '"
                    + LogSafe.line(type.isEmpty() ? "none" : type)
                    + "')"));
      }
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > settings.maxBytes()) {
        return BodySubscribers.replacing(
            new Body(
                null,
                "larger than " + (settings.maxBytes() >> 20) + " MB (feeds.max-mb); not read"));
      }
      return BodySubscribers.mapping(new CappedBody(settings.maxBytes()), b -> new Body(b, null));
    };
  }

  private static URI parse(String url) throws FetchException {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (java.net.URISyntaxException e) {
      throw new FetchException("not a URL: " + LogSafe.cut(url));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("only http and https links are fetched, not " + shown(uri));
    }
    if (uri.getHost() == null) {
      throw new FetchException("no host in " + shown(uri));
    }
    return uri;
  }

  private void checkAddress(URI uri) throws FetchException {
    if (settings.allowPrivate()) {
      return;
    }
    InetAddress[] all;
    try {
      all = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      throw new FetchException("unknown host " + LogSafe.cut(uri.getHost()));
    }
    for (InetAddress a : all) {
      String why = exempt.test(a) ? null : AddressPolicy.refusal(a);
      if (why != null) {
        throw new FetchException(
            shown(uri) + " is " + why + "; refused (feeds.allow-private is false)");
      }
    }
  }

  /** {@code url} as logs and replies show it: no credentials, no query (it may hold a key). */
  public static String shown(String url) {
    try {
      return shown(new URI(url.strip()));
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return LogSafe.cut(url.replaceFirst("//[^/@]*@", "//").replaceFirst("[?#].*", ""));
    }
  }

  static String shown(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme() + ":";
    if (uri.getHost() == null) {
      return LogSafe.cut(scheme + (uri.getScheme() == null ? uri.toString() : "…"));
    }
    String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return LogSafe.cut(
        scheme + "//" + uri.getHost() + port + path + (uri.getRawQuery() == null ? "" : "?…"));
  }

  /** Closes the client's threads; a fetch still running fails. */
  @Override
  public void close() {
    threads.shutdownNow();
  }
}
