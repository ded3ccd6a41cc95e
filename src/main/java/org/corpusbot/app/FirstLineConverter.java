package org.corpusbot.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/**
 * Keeps only the first line of what it wraps (with secrets masked), for loggers that print a stack
 * trace on every retry: {@code %firstline(%rootException)} gives "ConnectException: Connection
 * refused" and nothing more.
 */
public final class FirstLineConverter extends CompositeConverter<ILoggingEvent> {
  @Override
  protected String transform(ILoggingEvent event, String in) {
    String s = in.strip();
    int nl = s.indexOf('\n');
    return RedactingConverter.redact(LogText.escape(nl < 0 ? s : s.substring(0, nl).strip()));
  }
}
