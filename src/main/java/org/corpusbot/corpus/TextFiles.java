package org.corpusbot.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads whole text files, refusing binary ones and degrading gracefully on non-UTF-8 ones. */
final class TextFiles {
  private static final Charset FALLBACK = Charset.forName("windows-1252");

  private TextFiles() {}

  /** The text of a file, or why it could not be read as text. */
  record Decoded(String text, String problem, boolean usable) {}

  /**
   * The text of a one-article file, or empty after reporting to {@code sink} why it cannot be read
   * (empty, binary); a non-UTF-8 file is reported as degraded and read as Windows-1252.
   */
  static Optional<String> readReporting(SourceFile file, LoadSink sink, CorpusLimits limits)
      throws IOException {
    byte[] bytes = readAtMost(file.path(), limits.maxArticleBytes());
    if (bytes.length > limits.maxArticleBytes()) {
      sink.skipped(file.name(), CorpusLoader.TOO_LARGE, limits.tooLarge(bytes.length) + " or more");
      return Optional.empty();
    }
    Decoded decoded = decode(bytes);
    if (!decoded.usable()) {
      sink.skipped(file.name(), decoded.problem(), null);
      return Optional.empty();
    }
    if (decoded.problem() != null) {
      sink.degraded(file.name(), decoded.problem());
    }
    return Optional.of(decoded.text());
  }

  /**
   * At most {@code max + 1} bytes of a file: the size was checked before, but a file may grow, and
   * some report no size at all (/proc), so what is read is bounded whatever the file says.
   */
  private static byte[] readAtMost(Path path, long max) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    }
  }

  static Decoded decode(byte[] bytes) {
    if (bytes.length == 0) {
      return new Decoded("", "empty file", false);
    }
    if (looksBinary(bytes)) {
      return new Decoded("", "binary file", false);
    }
    try {
      return new Decoded(strictUtf8(bytes), null, true);
    } catch (CharacterCodingException e) {
      int line = lineOfFirstBadByte(bytes);
      return new Decoded(
          new String(bytes, FALLBACK),
          "not valid UTF-8 (line " + line + "); read as Windows-1252",
          true);
    }
  }

  static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    String s =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0d && b < 0x20)) {
        control++;
      }
    }
    return control * 10 > n;
  }

  private static int lineOfFirstBadByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return line;
  }
}
