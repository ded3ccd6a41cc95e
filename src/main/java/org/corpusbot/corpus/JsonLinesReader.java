package org.corpusbot.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * JSON Lines ({@code .jsonl}, {@code .ndjson}, optionally gzipped): one article object a line, its
 * fields found through {@link JsonFields}. A bad line (not JSON, not an object, not UTF-8, no text)
 * is reported with its line number and the rest of the file is read. Streams, so a file of any size
 * needs memory for one line only.
 */
public final class JsonLinesReader implements ArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonFields fields;
  private final CorpusLimits limits;

  public JsonLinesReader(JsonFields fields, CorpusLimits limits) {
    this.fields = fields;
    this.limits = limits;
  }

  @Override
  public boolean accepts(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl")
        || n.endsWith(".ndjson")
        || n.endsWith(".jsonl.gz")
        || n.endsWith(".ndjson.gz");
  }

  @Override
  public boolean manyPerFile() {
    return true;
  }

  @Override
  public void read(SourceFile file, LoadSink sink) throws IOException {
    if (Files.size(file.path()) == 0) {
      sink.skipped(file.name(), "empty file", null);
      return;
    }
    try (InputStream in = open(file)) {
      int lineNo = 0;
      byte[] line;
      while ((line = nextLine(in, limits.maxArticleBytes())) != null) {
        lineNo++;
        String where = file.name() + ":" + lineNo;
        if (line == TOO_LONG) {
          sink.skipped(
              where,
              CorpusLoader.TOO_LARGE,
              limits.tooLarge(limits.maxArticleBytes() + 1) + " or more");
          continue;
        }
        String text;
        try {
          text = TextFiles.strictUtf8(line).strip();
        } catch (CharacterCodingException e) {
          sink.skipped(where, "not UTF-8", null);
          continue;
        }
        if (!text.isEmpty()) {
          readLine(where, text, sink);
        }
      }
    }
  }

  private void readLine(String where, String line, LoadSink sink) {
    JsonNode obj;
    try {
      obj = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      sink.skipped(where, "malformed JSON", e.getOriginalMessage());
      return;
    }
    if (obj == null || !obj.isObject()) {
      sink.skipped(where, "malformed JSON", "not an object");
      return;
    }
    String body = JsonFields.text(JsonFields.pick(obj, fields.text()));
    String dateline = JsonFields.text(JsonFields.pick(obj, fields.dateline()));
    if (body != null && dateline != null && !body.startsWith(dateline.strip())) {
      body = dateline.strip() + " " + body;
    }
    sink.found(
        new RawArticle(
            where,
            JsonFields.text(JsonFields.pick(obj, fields.id())),
            JsonFields.text(JsonFields.pick(obj, fields.title())),
            JsonFields.text(JsonFields.pick(obj, fields.date())),
            JsonFields.text(JsonFields.pick(obj, fields.source())),
            JsonFields.text(JsonFields.pick(obj, fields.url())),
            JsonFields.authors(JsonFields.pick(obj, fields.authors())),
            body));
  }

  private static InputStream open(SourceFile file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16);
    return file.name().toLowerCase(Locale.ROOT).endsWith(".gz")
        ? new GZIPInputStream(in, 1 << 16)
        : in;
  }

  /** What {@link #nextLine} returns for a line longer than the limit (compared by identity). */
  private static final byte[] TOO_LONG = new byte[0];

  /**
   * The next line's bytes without its terminator, {@link #TOO_LONG} for a line over {@code max}
   * bytes (skipped to its end, never held), or null at the end.
   */
  private static byte[] nextLine(InputStream in, long max) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
    int b;
    boolean any = false;
    boolean tooLong = false;
    while ((b = in.read()) != -1) {
      any = true;
      if (b == '\n') {
        break;
      }
      if (b != '\r' && !tooLong) {
        buf.write(b);
        if (buf.size() > max) {
          tooLong = true;
          buf.reset();
        }
      }
    }
    return !any ? null : tooLong ? TOO_LONG : buf.toByteArray();
  }
}
