package org.corpusbot.app;

import java.io.PrintStream;
import org.corpusbot.retrieval.IndexProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows indexing progress: a self-updating line on a terminal, a log line every {@value
 * #LOG_SECONDS} seconds otherwise (a service's log should not fill with carriage returns).
 */
final class ConsoleProgress implements IndexProgress {
  private static final Logger log = LoggerFactory.getLogger("indexing");
  private static final int LOG_SECONDS = 5;

  private final PrintStream terminal;
  private final long started = System.nanoTime();
  private long lastShown;
  private boolean drawn;

  private ConsoleProgress(PrintStream terminal) {
    this.terminal = terminal;
  }

  /** Progress on stderr when it is a terminal, else in the log. */
  static ConsoleProgress auto() {
    return new ConsoleProgress(System.console() != null ? System.err : null);
  }

  @Override
  public void update(int done, int total) {
    long now = System.nanoTime();
    long interval = terminal != null ? 250_000_000L : LOG_SECONDS * 1_000_000_000L;
    if (done < total && now - lastShown < interval) {
      return;
    }
    lastShown = now;
    double secs = (now - started) / 1e9;
    double rate = secs > 0 ? done / secs : 0;
    String eta = rate > 0 ? formatDuration((total - done) / rate) : "?";
    String line =
        String.format("Indexing: %d/%d articles, %.1f/s, %s left", done, total, rate, eta);
    if (terminal != null) {
      terminal.print("\r" + line + "   ");
      terminal.flush();
      drawn = true;
    } else {
      log.info(line);
    }
  }

  @Override
  public void finish() {
    if (terminal != null && drawn) {
      terminal.println();
    }
  }

  static String formatDuration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format("%d min %02d s", s / 60, s % 60);
    }
    return String.format("%d h %02d min", s / 3600, (s % 3600) / 60);
  }
}
