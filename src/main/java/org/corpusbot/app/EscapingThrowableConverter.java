package org.corpusbot.app;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * {@code %escapedEx} in logback.xml: a stack trace whose lines are its own, with the messages of
 * its exceptions escaped like log messages (an exception message often quotes a file name or a
 * server's reply).
 */
public final class EscapingThrowableConverter extends ThrowableProxyConverter {
  @Override
  protected String throwableProxyToString(IThrowableProxy tp) {
    return super.throwableProxyToString(Escaped.of(tp));
  }

  /** A view of a throwable whose messages (and those of its causes) are escaped. */
  private record Escaped(IThrowableProxy tp) implements IThrowableProxy {
    static IThrowableProxy of(IThrowableProxy tp) {
      return tp == null ? null : new Escaped(tp);
    }

    @Override
    public String getMessage() {
      return LogText.escape(tp.getMessage());
    }

    @Override
    public String getOverridingMessage() {
      return LogText.escape(tp.getOverridingMessage());
    }

    @Override
    public String getClassName() {
      return tp.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
      return tp.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
      return tp.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
      return of(tp.getCause());
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
      IThrowableProxy[] s = tp.getSuppressed();
      if (s == null) {
        return null;
      }
      IThrowableProxy[] out = new IThrowableProxy[s.length];
      for (int i = 0; i < s.length; i++) {
        out[i] = of(s[i]);
      }
      return out;
    }

    @Override
    public boolean isCyclic() {
      return tp.isCyclic();
    }
  }
}
