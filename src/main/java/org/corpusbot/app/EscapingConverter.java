package org.corpusbot.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/** {@code %escape(%msg)} in logback.xml: the message on one line (see {@link LogText}). */
public final class EscapingConverter extends CompositeConverter<ILoggingEvent> {
  @Override
  protected String transform(ILoggingEvent event, String in) {
    return LogText.escape(in);
  }
}
