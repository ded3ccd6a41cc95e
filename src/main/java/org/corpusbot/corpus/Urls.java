package org.corpusbot.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small helpers for article URLs. */
public final class Urls {
  private Urls() {}

  /** The host without a leading "www.", or null when the URL has none. */
  public static String host(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** True for an absolute http(s) URL that a user could open. */
  public static boolean isWebUrl(String url) {
    if (url == null) {
      return false;
    }
    try {
      URI uri = URI.create(url.strip());
      String scheme = uri.getScheme();
      return uri.getHost() != null
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The URL as a key for "the same page": scheme and host in lower case, no "www.", no default
   * port, no fragment, no tracking parameters (utm_*, fbclid, gclid, …), remaining parameters
   * sorted, no trailing slash. http and https count as the same page (feeds mix them). Null when
   * {@code url} is not an absolute http(s) URL.
   */
  public static String canonical(String url) {
    if (!isWebUrl(url)) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      host = host.startsWith("www.") ? host.substring(4) : host;
      int port = uri.getPort();
      boolean defaultPort = port == -1 || port == 80 || port == 443;
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String query = uri.getRawQuery() == null ? "" : keptParameters(uri.getRawQuery());
      return "//"
          + host
          + (defaultPort ? "" : ":" + port)
          + path
          + (query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String keptParameters(String rawQuery) {
    return Arrays.stream(rawQuery.split("&"))
        .filter(p -> !p.isEmpty() && !tracking(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
        .sorted()
        .collect(Collectors.joining("&"));
  }

  private static boolean tracking(String name) {
    return name.startsWith("utm_")
        || name.equals("fbclid")
        || name.equals("gclid")
        || name.equals("mc_cid")
        || name.equals("mc_eid")
        || name.equals("cmpid")
        || name.equals("ref")
        || name.equals("smid");
  }
}
