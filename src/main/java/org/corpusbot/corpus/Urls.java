package org.corpusbot.corpus;

import java.net.URI;

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
}
