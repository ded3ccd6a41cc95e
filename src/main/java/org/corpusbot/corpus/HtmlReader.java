package org.corpusbot.corpus;

import java.io.IOException;
import java.util.Locale;
import org.jsoup.Jsoup;

/** HTML pages ({@code .html}, {@code .htm}), read as {@link HtmlArticle} says. */
public final class HtmlReader implements ArticleReader {
  private final CorpusLimits limits;

  public HtmlReader(CorpusLimits limits) {
    this.limits = limits;
  }

  @Override
  public boolean accepts(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm");
  }

  @Override
  public void read(SourceFile file, LoadSink sink) throws IOException {
    var content = TextFiles.readReporting(file, sink, limits);
    if (content.isEmpty()) {
      return;
    }
    HtmlArticle a = HtmlArticle.of(Jsoup.parse(content.get()));
    sink.found(
        new RawArticle(
            file.name(), null, a.title(), a.date(), a.source(), a.url(), a.authors(), a.body()));
  }
}
