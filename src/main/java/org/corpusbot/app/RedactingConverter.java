package org.corpusbot.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import java.util.regex.Pattern;

/**
 * Masks secrets in every log line, stack traces included: Telegram bot tokens (which are part of
 * every Bot API URL, so any library that logs a URL would leak one), passwords in URLs, basic
 * authentication headers and API keys. Used in logback.xml as {@code %redact(...)}.
 */
public final class RedactingConverter extends CompositeConverter<ILoggingEvent> {
  private static final Pattern BOT_TOKEN = Pattern.compile("\\d{5,12}:[A-Za-z0-9_-]{30,}");

  /** The password of a URL: {@code //user:password@host}; the user and the host stay. */
  private static final Pattern URL_PASSWORD = Pattern.compile("(//[^/@\\s:]*:)[^/@\\s]+@");

  private static final Pattern API_KEY =
      Pattern.compile("(?i)(bearer\\s+|api[_-]?key[\"'=:\\s]+|\\bsk-)[A-Za-z0-9._-]{8,}");

  /** An HTTP basic authentication header's {@code user:password}, base64 (Solr's credentials). */
  private static final Pattern BASIC_AUTH =
      Pattern.compile("(?i)(authorization[\"'=:\\s]+basic\\s+)[A-Za-z0-9+/]+={0,2}");

  @Override
  protected String transform(ILoggingEvent event, String in) {
    return redact(in);
  }

  static String redact(String s) {
    String t = BOT_TOKEN.matcher(s).replaceAll("<bot-token>");
    t = URL_PASSWORD.matcher(t).replaceAll("$1<secret>@");
    t = BASIC_AUTH.matcher(t).replaceAll("$1<secret>");
    return API_KEY.matcher(t).replaceAll("$1<secret>");
  }
}
