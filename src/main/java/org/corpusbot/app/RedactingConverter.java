package org.corpusbot.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import java.util.regex.Pattern;

/**
 * Masks secrets in every log line, stack traces included: Telegram bot tokens (which are part of
 * every Bot API URL, so any library that logs a URL would leak one) and API keys. Used in
 * logback.xml as {@code %redact(...)}.
 */
public final class RedactingConverter extends CompositeConverter<ILoggingEvent> {
  private static final Pattern BOT_TOKEN = Pattern.compile("\\d{5,12}:[A-Za-z0-9_-]{30,}");
  private static final Pattern API_KEY =
      Pattern.compile("(?i)(bearer\\s+|api[_-]?key[\"'=:\\s]+|\\bsk-)[A-Za-z0-9._-]{8,}");

  @Override
  protected String transform(ILoggingEvent event, String in) {
    return redact(in);
  }

  static String redact(String s) {
    String t = BOT_TOKEN.matcher(s).replaceAll("<bot-token>");
    return API_KEY.matcher(t).replaceAll("$1<secret>");
  }
}
