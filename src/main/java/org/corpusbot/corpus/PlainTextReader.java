package org.corpusbot.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text articles ({@code .txt}): optional header lines at the top ({@code title …}, {@code
 * date …}, {@code source …}, {@code url …}, {@code authors …}, {@code id …}, with or without a
 * colon), then the body. A date header may share its line with the first paragraph, as in {@code
 * date 2021-10-31 After talks…}. Without a colon a header key must be lower case, so that a body
 * starting "Source close to…" is not mistaken for a header.
 */
public final class PlainTextReader implements ArticleReader {
  private final CorpusLimits limits;

  public PlainTextReader(CorpusLimits limits) {
    this.limits = limits;
  }

  private static final Pattern HEADER =
      Pattern.compile("^(?<key>[A-Za-z]+)(?<colon>\\s*:)?\\s+(?<value>\\S.*)$");

  @Override
  public boolean accepts(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  @Override
  public void read(SourceFile file, LoadSink sink) throws IOException {
    var content = TextFiles.readReporting(file, sink, limits);
    if (content.isEmpty()) {
      return;
    }
    sink.found(parse(file, content.get()));
  }

  static RawArticle parse(SourceFile file, String text) {
    Headers h = new Headers();
    List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        i++;
        continue;
      }
      String rest = h.consume(line);
      if (rest == null) {
        break;
      }
      if (!rest.isEmpty()) {
        lines.set(i, rest);
        break;
      }
      i++;
    }
    String body = String.join("\n", lines.subList(i, lines.size()));
    return new RawArticle(file.name(), h.id, h.title, h.date, h.source, h.url, h.authors, body);
  }

  /** Header values seen so far. */
  private static final class Headers {
    String id;
    String title;
    String date;
    String source;
    String url;
    List<String> authors = List.of();

    /**
     * Takes a header from {@code line}: returns null when the line is not a header, "" when the
     * whole line was one, or the text that follows a same-line date or URL.
     */
    String consume(String line) {
      Matcher m = HEADER.matcher(line);
      if (!m.matches()) {
        return null;
      }
      String key = m.group("key");
      boolean colon = m.group("colon") != null;
      if (!colon && !key.equals(key.toLowerCase(Locale.ROOT))) {
        return null;
      }
      String value = m.group("value").strip();
      switch (key.toLowerCase(Locale.ROOT)) {
        case "date", "published" -> {
          var prefix = Dates.leading(value);
          if (prefix.isPresent()) {
            date = value.substring(0, prefix.get().end());
            return value.substring(prefix.get().end()).strip();
          }
          if (!colon) {
            return null;
          }
          date = value;
          return "";
        }
        case "url", "link" -> {
          String token = value.split("\\s+", 2)[0];
          if (!Urls.isWebUrl(token)) {
            return null;
          }
          url = token;
          return value.substring(token.length()).strip();
        }
        case "title" -> title = value;
        case "source" -> source = value;
        case "id" -> id = value;
        case "author", "authors", "by" -> authors = Authors.split(value);
        default -> {
          return null;
        }
      }
      return "";
    }
  }
}
