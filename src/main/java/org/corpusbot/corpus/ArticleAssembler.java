package org.corpusbot.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/** Turns what a reader found into a clean {@link Article}, or reports why it cannot. */
final class ArticleAssembler {
  private final TextCleaner cleaner = new TextCleaner();
  private final PageFurniture furniture = new PageFurniture();

  /**
   * The article, or empty when it has no text. {@code fallbackId} is used when the raw article has
   * no id; when null, an id is made from the file's name and a hash of the content, which stays the
   * same as long as the article does.
   */
  Optional<Article> assemble(RawArticle raw, SourceFile file, String fallbackId, LoadSink sink) {
    if (raw.body() == null || raw.body().isBlank()) {
      sink.skipped(raw.where(), "no text", null);
      return Optional.empty();
    }
    Boilerplate.Split split = Boilerplate.split(cleaner.paragraphs(raw.body()));
    if (split.paragraphs().isEmpty()) {
      sink.skipped(raw.where(), "no text", "only invisible characters or credits");
      return Optional.empty();
    }
    String text = String.join("\n\n", split.paragraphs());
    String title = TextCleaner.cleanLine(raw.title());
    if (furniture.onlyFurniture(text)) {
      // a scraped page without its story: the headline is all it reports, so that is what is kept
      if (title == null || title.isBlank()) {
        sink.skipped(raw.where(), "no text", "only page furniture (forms, notices, adverts)");
        return Optional.empty();
      }
      text = PageFurniture.headline(title);
      sink.degraded(
          raw.where(),
          "no story text, only page furniture (forms, notices, adverts); kept as its headline");
    }
    LocalDate date = null;
    if (raw.dateText() != null) {
      date = Dates.parse(raw.dateText()).orElse(null);
      if (date == null) {
        sink.degraded(
            raw.where(),
            "unparseable date '"
                + TextCleaner.cleanLine(raw.dateText())
                + "'; kept without a date");
      }
    }
    String id = TextCleaner.cleanLine(raw.id());
    if (id == null || id.isEmpty()) {
      id = fallbackId != null ? fallbackId : file.idBase() + "-" + hash(title + "\n" + text);
    }
    return Optional.of(
        new Article(
            id,
            title,
            date,
            TextCleaner.cleanLine(raw.source()),
            TextCleaner.cleanLine(raw.url()),
            raw.authors(),
            text,
            split.credit(),
            file.name()));
  }

  static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
