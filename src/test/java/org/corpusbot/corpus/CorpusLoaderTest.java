package org.corpusbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {
  @TempDir Path dir;

  private final CorpusLoader loader = CorpusLoader.standard(JsonFields.defaults());

  private static Path fixtures() {
    return TestCorpus.fixtures();
  }

  private List<Article> load(Path path, List<LoadReport> report) {
    List<Article> out = new ArrayList<>();
    report.add(loader.load(path, out::add));
    return out;
  }

  private Article only(Path file) {
    List<Article> a = load(file, new ArrayList<>());
    assertThat(a).hasSize(1);
    return a.get(0);
  }

  @Test
  void seedDateBecomesMetadataAndPhotoCreditLeavesTheText() {
    Article a = only(TestCorpus.seed());
    assertThat(a.id()).isEqualTo("000_a6be4f5d739f5fe2");
    assertThat(a.date()).isEqualTo(LocalDate.of(2021, 10, 31));
    assertThat(a.text())
        .startsWith("After talks between Presidents Vladimir Putin and Joe Biden in Geneva");
    assertThat(a.text())
        .doesNotContain("date 2021")
        .doesNotContain("Preview photo")
        .doesNotContain("Semansky");
    assertThat(a.credit()).isEqualTo("Preview photo: Patrick Semansky / AP");
    assertThat(a.text()).endsWith("called for an end to the activities of Russian hackers.");
    assertThat(a.text().split("\n\n")).hasSize(8);
    assertThat(a.title()).startsWith("After talks between Presidents Vladimir Putin");
  }

  @Test
  void plainTextHeadersAreRead() {
    Article a = only(fixtures().resolve("council-notes.txt"));
    assertThat(a.title()).isEqualTo("Harbor City budget hearing draws record crowd");
    assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 20));
    assertThat(a.source()).isEqualTo("Harbor City Ledger");
    assertThat(a.url()).isEqualTo("https://ledger.example.org/2024/03/20/budget");
    assertThat(a.text()).startsWith("More than 600 residents").doesNotContain("Photo:");
    assertThat(a.credit()).isEqualTo("Photo: residents queue outside city hall / Ledger staff");
  }

  @Test
  void markdownFrontMatterAndMarkupAreHandled() {
    Article a = only(fixtures().resolve("harbor-bridge.md"));
    assertThat(a.title())
        .isEqualTo("Harbor City council approves the new bridge over the Lisle river");
    assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(a.source()).isEqualTo("Harbor City Ledger");
    assertThat(a.authors()).containsExactly("Mara Quint", "Tobias Fenn");
    assertThat(a.text())
        .contains("The bridge will cost $84 million")
        .doesNotContain("**")
        .doesNotContain("river.jpg")
        .doesNotContain("# Harbor");
  }

  @Test
  void htmlMetaTagsAndArticleBodyAreRead() {
    Article a = only(fixtures().resolve("grain-report.html"));
    assertThat(a.title()).isEqualTo("Lowland grain board reports a record wheat harvest");
    assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(a.source()).isEqualTo("Valley Farm News");
    assertThat(a.url()).isEqualTo("https://valleyfarm.example.com/2024/03/15/record-wheat");
    assertThat(a.authors()).containsExactly("Ines Calder");
    assertThat(a.text())
        .startsWith("The Lowland Grain Board said on Friday")
        .contains("Dr. Piet Vermaas")
        .doesNotContain("Subscribe")
        .doesNotContain("Home")
        .doesNotContain("wheat field near")
        .doesNotContain("©");
  }

  @Test
  void jsonLinesFieldNamesAreMappedAutomatically() {
    List<Article> a = load(fixtures().resolve("wire.jsonl"), new ArrayList<>());
    assertThat(a).extracting(Article::id).containsExactly("wire-101", "wire-102");
    Article ferry = a.get(0);
    assertThat(ferry.title()).isEqualTo("Northport ferry workers end three-day strike");
    assertThat(ferry.date()).isEqualTo(LocalDate.of(2024, 3, 18));
    assertThat(ferry.url()).isEqualTo("https://news.example.net/northport-ferry");
    assertThat(ferry.authors()).containsExactly("Sam Oduya");
    assertThat(ferry.text().split("\n\n")).hasSize(3);
    assertThat(a.get(1).date()).isEqualTo(LocalDate.of(2023, 11, 4));
    assertThat(a.get(1).authors()).containsExactly("Ola Berg");
  }

  @Test
  void jsonLinesFieldNamesCanBeOverridden() throws IOException {
    Path f = dir.resolve("custom.jsonl");
    Files.writeString(
        f,
        "{\"story\": \"A story in a field nobody guesses.\", \"headline\": \"H\", \"when\": \"2020-01-02\"}\n");
    JsonFields fields =
        JsonFields.defaults().withOverrides(Map.of("text", "story", "date", "when"));
    List<Article> out = new ArrayList<>();
    CorpusLoader.standard(fields).load(f, out::add);
    assertThat(out)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.text()).isEqualTo("A story in a field nobody guesses.");
              assertThat(a.date()).isEqualTo(LocalDate.of(2020, 1, 2));
            });
  }

  @Test
  void gzippedJsonLinesAreRead() throws IOException {
    Path f = dir.resolve("wire.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write(Files.readAllBytes(fixtures().resolve("wire.jsonl")));
    }
    assertThat(load(f, new ArrayList<>()))
        .extracting(Article::id)
        .containsExactly("wire-101", "wire-102");
  }

  @Test
  void badInputIsSkippedOrDegradedAndCountedWhileTheRestLoads() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "date 2024-01-01 A good article with one sentence.");
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(
        dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00});
    Files.write(
        dir.resolve("latin1.txt"),
        "Caf\u00e9 owners met in Z\u00fcrich on Monday.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(
        dir.resolve("mixed.jsonl"),
        String.join(
            "\n",
            "{\"id\": \"ok-1\", \"title\": \"Fine\", \"text\": \"This line is fine.\", \"date\": \"2024-02-02\"}",
            "{\"id\": \"broken\", \"text\": ",
            "[1, 2, 3]",
            "{\"id\": \"nobody\", \"title\": \"No body here\"}",
            "{\"id\": \"zw\", \"text\": \"\\u200b\\n\\n\\u200b \"}",
            "{\"id\": \"ok-2\", \"text\": \"Bad date but fine text.\", \"date\": \"the day after\"}",
            "{\"id\": \"ok-1\", \"text\": \"A duplicate id.\"}",
            ""));
    Files.writeString(dir.resolve("notes.docx"), "not a format we read");
    List<LoadReport> reports = new ArrayList<>();
    List<Article> articles = load(dir, reports);
    LoadReport r = reports.get(0);

    assertThat(articles)
        .extracting(Article::id)
        .containsExactlyInAnyOrder("good", "latin1", "ok-1", "ok-2");
    assertThat(articles)
        .filteredOn(a -> a.id().equals("latin1"))
        .singleElement()
        .extracting(Article::text)
        .isEqualTo("Café owners met in Zürich on Monday.");
    assertThat(articles)
        .filteredOn(a -> a.id().equals("ok-2"))
        .singleElement()
        .extracting(Article::date)
        .isNull();
    assertThat(r.loaded()).isEqualTo(4);
    assertThat(r.skipped())
        .containsEntry("empty file", 1)
        .containsEntry("binary file", 1)
        .containsEntry("malformed JSON", 2)
        .containsEntry("no text", 2)
        .containsEntry("duplicate id", 1)
        .containsEntry("unsupported file type", 1);
    assertThat(r.degraded()).isEqualTo(2); // latin1 decoding, bad date
    assertThat(r.summary()).startsWith("Loaded 4 articles from 6 files; skipped 8 (");
  }

  /**
   * A scraped page that kept only its furniture is its headline, with one warning naming it; with
   * no headline either there is nothing to keep.
   */
  @Test
  void aPageOfOnlyFurnitureIsKeptAsItsHeadline() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Files.writeString(
        dir.resolve("pages.jsonl"),
        String.join(
            "\n",
            json.writeValueAsString(
                Map.of(
                    "id", "form",
                    "title", "Harbor Motors recalls 90,000 vans over brakes | The Planet UK",
                    "text", PageFurnitureTest.FORM)),
            json.writeValueAsString(Map.of("id", "advert", "text", PageFurnitureTest.ADVERT)),
            json.writeValueAsString(
                Map.of(
                    "id", "story",
                    "title", "Vans recalled",
                    "text", PageFurnitureTest.FORM + "\n\nHarbor Motors recalled 90,000 vans.")),
            ""));
    List<LoadReport> reports = new ArrayList<>();
    List<Article> articles = load(dir, reports);

    assertThat(articles).extracting(Article::id).containsExactly("form", "story");
    assertThat(articles.get(0).text()).isEqualTo("Harbor Motors recalls 90,000 vans over brakes");
    assertThat(articles.get(0).title())
        .isEqualTo("Harbor Motors recalls 90,000 vans over brakes | The Planet UK");
    assertThat(articles.get(1).text()).startsWith("We will use").endsWith("recalled 90,000 vans.");
    assertThat(reports.get(0).degraded()).isEqualTo(1);
    assertThat(reports.get(0).skipped()).containsExactly(Map.entry("no text", 1));
  }

  @Test
  void zeroWidthAndInvisibleCharactersNeverReachTheText() {
    String raw = "First paragraph.\u200b\n\n\u200b\n\n\uFEFFSecond\u00ad paragraph\u00a0here.";
    assertThat(new TextCleaner().clean(raw))
        .isEqualTo("First paragraph.\n\nSecond paragraph here.");
  }

  @Test
  void newswireIndentedParagraphsAreJoinedAndSignOffDropped() throws IOException {
    Path f = dir.resolve("reuters-like.jsonl");
    Files.writeString(
        f,
        "{\"id\": \"r1\", \"title\": \"T\", \"dateline\": \"LONDON, March 3 -\", \"body\": \"The first paragraph is wrapped\\nover two lines.\\n    The second paragraph\\nis indented.\\n Reuter\\n\"}\n");
    Article a = only(f);
    assertThat(a.text())
        .isEqualTo(
            "LONDON, March 3 - The first paragraph is wrapped over two lines.\n\nThe second paragraph is indented.");
  }

  @Test
  void missingCorpusFailsWithAClearMessage() {
    assertThatThrownBy(() -> loader.load(dir.resolve("nope"), a -> {}))
        .isInstanceOf(CorpusException.class)
        .hasMessageContaining("corpus not found");
  }

  @Test
  void idsOfOneArticleFilesAreTheirRelativePathsAndStable() throws IOException {
    Files.createDirectories(dir.resolve("2024/march"));
    Files.writeString(dir.resolve("2024/march/story.txt"), "Some text here.");
    assertThat(load(dir, new ArrayList<>()))
        .extracting(Article::id)
        .containsExactly("2024/march/story");
  }
}
