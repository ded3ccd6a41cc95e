package org.corpusbot.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown articles ({@code .md}, {@code .markdown}) with optional YAML front matter ({@code
 * title}, {@code date}, {@code source}, {@code url}, {@code authors}, {@code id}). The first
 * level-one heading is the title when the front matter gives none; markup is removed, images
 * (captions) and code blocks are not article text.
 */
public final class MarkdownReader implements ArticleReader {
  private final CorpusLimits limits;

  public MarkdownReader(CorpusLimits limits) {
    this.limits = limits;
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private final Parser parser = Parser.builder().build();

  @Override
  public boolean accepts(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".md") || n.endsWith(".markdown");
  }

  @Override
  public void read(SourceFile file, LoadSink sink) throws IOException {
    var content = TextFiles.readReporting(file, sink, limits);
    if (content.isEmpty()) {
      return;
    }
    String text = content.get().replace("\r\n", "\n");
    JsonNode meta = YAML.createObjectNode();
    if (text.startsWith("---\n")) {
      int end = text.indexOf("\n---", 4);
      if (end > 0) {
        try {
          JsonNode parsed = YAML.readTree(text.substring(4, end));
          if (parsed != null && parsed.isObject()) {
            meta = parsed;
          }
        } catch (IOException e) {
          sink.degraded(file.name(), "front matter is not valid YAML, ignored: " + firstLine(e));
        }
        int after = text.indexOf('\n', end + 4);
        text = after < 0 ? "" : text.substring(after + 1);
      }
    }
    Blocks blocks = new Blocks();
    parser.parse(text).accept(blocks);
    String title = JsonFields.text(meta.get("title"));
    if (title == null) {
      title = blocks.firstH1;
    } else if (blocks.firstH1 != null && !blocks.firstH1.equalsIgnoreCase(title)) {
      blocks.paragraphs.add(0, blocks.firstH1);
    }
    sink.found(
        new RawArticle(
            file.name(),
            JsonFields.text(meta.get("id")),
            title,
            JsonFields.text(firstPresent(meta, "date", "published", "publish_date")),
            JsonFields.text(meta.get("source")),
            JsonFields.text(firstPresent(meta, "url", "link")),
            JsonFields.authors(firstPresent(meta, "authors", "author")),
            String.join("\n\n", blocks.paragraphs)));
  }

  private static JsonNode firstPresent(JsonNode meta, String... keys) {
    for (String k : keys) {
      if (meta.hasNonNull(k)) {
        return meta.get(k);
      }
    }
    return null;
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Collects the text of each block; the first H1 is held apart as a title candidate. */
  private static final class Blocks extends AbstractVisitor {
    final List<String> paragraphs = new ArrayList<>();
    String firstH1;

    @Override
    public void visit(Heading heading) {
      String t = inline(heading);
      if (heading.getLevel() == 1 && firstH1 == null) {
        firstH1 = t;
      } else if (!t.isBlank()) {
        paragraphs.add(t);
      }
    }

    @Override
    public void visit(Paragraph paragraph) {
      String t = inline(paragraph);
      if (!t.isBlank()) {
        paragraphs.add(t);
      }
    }

    @Override
    public void visit(BlockQuote quote) {
      visitChildren(quote);
    }

    @Override
    public void visit(FencedCodeBlock code) {}

    @Override
    public void visit(IndentedCodeBlock code) {}

    private static String inline(Node node) {
      StringBuilder sb = new StringBuilder();
      node.accept(
          new AbstractVisitor() {
            @Override
            public void visit(Text text) {
              sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
              sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak b) {
              sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak b) {
              sb.append(' ');
            }

            @Override
            public void visit(Image image) {}
          });
      return sb.toString().strip();
    }
  }
}
