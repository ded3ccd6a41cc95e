package org.corpusbot.feeds;

/**
 * Why a feed or page could not be had, in words fit for a log line and for an admin's reply: no
 * stack, no credentials, no query string of the URL (which may carry a key).
 */
public final class FetchException extends Exception {
  public FetchException(String message) {
    super(message);
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
