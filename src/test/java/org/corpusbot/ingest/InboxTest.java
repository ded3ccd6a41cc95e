package org.corpusbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.CorpusLoader;
import org.corpusbot.corpus.CorpusRoot;
import org.corpusbot.corpus.JsonFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxTest {
  @TempDir Path dir;

  @Test
  void anArticleWrittenToTheInboxReadsBackAsItWas() throws Exception {
    Inbox inbox = new Inbox(dir.resolve("inbox"));
    Article a =
        new Article(
            "https://news.example/a?b=1",
            "Harbour approved",
            LocalDate.of(2024, 3, 1),
            "The Daily Test",
            "https://news.example/a?b=1",
            List.of("Ann Writer", "Bo Reporter"),
            "The council approved the harbour.\n\nWork starts in spring.",
            null);
    Path file = inbox.write(a);
    assertThat(inbox.name(file))
        .startsWith("inbox/web/https___news_example_a_b_1-")
        .endsWith(".jsonl");
    List<Article> back = new ArrayList<>();
    CorpusLoader.standard(JsonFields.defaults())
        .load(
            List.of(
                CorpusRoot.corpus(Files.createDirectories(dir.resolve("corpus"))),
                CorpusRoot.inbox(inbox.folder())),
            back::add);
    assertThat(back)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.id()).isEqualTo(a.id());
              assertThat(b.title()).isEqualTo(a.title());
              assertThat(b.date()).isEqualTo(a.date());
              assertThat(b.source()).isEqualTo(a.source());
              assertThat(b.url()).isEqualTo(a.url());
              assertThat(b.authors()).isEqualTo(a.authors());
              assertThat(b.text()).isEqualTo(a.text());
              assertThat(b.file()).isEqualTo(inbox.name(file));
            });
    try (var files = Files.list(file.getParent())) {
      assertThat(files.toList()).containsExactly(file); // no temporary file left behind
    }
  }

  @Test
  void aSentFileKeepsACleanedNameInsideTheInbox() {
    assertThat(Inbox.cleanName("../../etc/Council report.txt")).isEqualTo("Council_report.txt");
    assertThat(Inbox.cleanName("C:\\Users\\x\\feed.JSONL.GZ")).isEqualTo("feed.JSONL.GZ");
    assertThat(Inbox.cleanName(".hidden.md")).isEqualTo("hidden.md");
    assertThat(Inbox.cleanName("..")).isEqualTo("file");
    assertThat(Inbox.cleanName("x".repeat(300) + ".html")).hasSize(80 + 5);
  }

  @Test
  void idsOfTheSameStartGetDifferentFiles() {
    assertThat(Inbox.fileName("a/b")).isNotEqualTo(Inbox.fileName("a_b"));
    assertThat(Inbox.fileName("x".repeat(500))).hasSizeLessThanOrEqualTo(80);
  }
}
