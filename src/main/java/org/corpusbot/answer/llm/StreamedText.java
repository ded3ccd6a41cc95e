package org.corpusbot.answer.llm;

/**
 * The text of a streamed reply, gathered piece by piece with a bound on its length, and the
 * snapshots of it worth showing while it grows.
 *
 * <p>NOTE: a snapshot copies the whole text, and its reader ({@link CitationCheck#visible}) splits
 * all of it into sentences; one per piece would cost the square of the reply's length (a server
 * sending one character at a time for the whole timeout). So a snapshot is taken only when the text
 * has grown by a quarter since the last one (a geometric series: linear in all) or when {@value
 * #SNAPSHOT_GAP_NANOS} ns have passed (bounded by the timeout). Sentences still show as they come:
 * the reader edits a message at most once a second. Not thread-safe: one stream's pieces arrive on
 * one thread.
 */
final class StreamedText {
  static final long SNAPSHOT_GAP_NANOS = 100_000_000L;
  static final String OVERLONG = "overlong reply";

  private final int maxChars;
  private final StringBuilder text = new StringBuilder();
  private int shownLength;
  private long shownAt = System.nanoTime();

  StreamedText(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * Adds a piece; returns the text so far when it is worth showing, else null.
   *
   * @throws LlmFailure ("overlong reply") once the text would pass {@code maxChars}
   */
  String add(String piece) {
    if (piece == null || piece.isEmpty()) {
      return null;
    }
    if (text.length() + piece.length() > maxChars) {
      throw new LlmFailure(OVERLONG);
    }
    text.append(piece);
    long now = System.nanoTime();
    if (text.length() >= shownLength + Math.max(1, shownLength / 4)
        || now - shownAt >= SNAPSHOT_GAP_NANOS) {
      shownLength = text.length();
      shownAt = now;
      return text.toString();
    }
    return null;
  }

  /** The whole reply: the server's own full text when it gives one, else the pieces. */
  String complete(String full) {
    String whole = full != null ? full : text.toString();
    if (whole.length() > maxChars) {
      throw new LlmFailure(OVERLONG);
    }
    return whole;
  }
}
