package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;
import org.junit.jupiter.api.Test;

/**
 * Admins add articles from Telegram: a document (through {@code getFile} and the file server of the
 * Bot API simulator) becomes answerable before the bot says "Added"; everyone else is refused
 * before anything is downloaded.
 */
class TelegramAdditionsIT extends BotOverSimulator {
  static final long ADMIN = 7;
  static final long USER = 8;

  static final String FERRY =
      """
      title Tromsø opens Arctic ferry terminal
      date 2021-10-31
      source Nordic Wire

      The harbour authority of Tromsø opened a new ferry terminal on Sunday. The terminal cost \
      412 million kroner and was designed by the architect Ingrid Solvang.

      Ferries to Svalbard will leave from the new quay twice a week from December.
      """;

  private void startWithIngest() throws Exception {
    arrivals = new Arrivals(new FolderIngest(dir.resolve("corpus"), index), null, null);
    start(Set.of(), Set.of(ADMIN), 100, dir.resolve("state-" + System.nanoTime()));
  }

  @Test
  void aDocumentFromAnAdminIsAnswerableWhenTheBotSaysAdded() throws Exception {
    startWithIngest();
    sim.privateDocument(ADMIN, "ferry.txt", "text/plain", bytes(FERRY), -1);
    Sent added = edited(ADMIN, "Added:");
    assertThat(visible(added))
        .contains("Added: Tromsø opens Arctic ferry terminal (2021-10-31). Ask me about it.");
    assertThat(added.replyMarkup().toString()).contains("Summarize");
    assertThat(sim.calls("getfile")).hasSize(1);
    assertThat(sim.calls("file")).hasSize(1);

    sim.privateText(ADMIN, "Who designed the Tromsø ferry terminal?");
    Sent answer = reply(ADMIN, "Solvang");
    assertThat(answer.text()).contains("[1]");
  }

  @Test
  void severalArticlesInACompressedJsonLinesFileAreCountedAndNamed() throws Exception {
    startWithIngest();
    String lines =
        """
        {"id":"w-1","title":"Reykjavik port adds shore power","date":"2021-11-02","text":"The port of Reykjavik switched on shore power for cruise ships on Tuesday."}
        {"id":"w-2","title":"Faroe tunnel reaches halfway mark","date":"2021-11-03","text":"Workers on the Faroe sub-sea tunnel reached the halfway mark on Wednesday."}
        {"id":"w-3","title":"broken line"
        """;
    sim.privateDocument(ADMIN, "wire-nov.jsonl.gz", "application/gzip", gzip(lines), -1);
    Sent added = edited(ADMIN, "Added 2 articles");
    assertThat(visible(added))
        .contains("Reykjavik port adds shore power (2021-11-02)")
        .contains("Skipped: 1 malformed JSON");
  }

  @Test
  void nonAdminsAreRefusedBeforeAnythingIsDownloaded() throws Exception {
    startWithIngest();
    sim.privateDocument(USER, "ferry.txt", "text/plain", bytes(FERRY), -1);
    reply(USER, "Only the bot's admins can add articles");
    sim.privateText(USER, "https://example.com/news/story");
    awaitCalls("sendmessage", 2);
    sim.privateText(USER, "/add https://example.com/news/story");
    reply(USER, "/add is for the bot's admins");
    assertThat(sim.calls("getfile")).isEmpty();
    assertThat(sim.sent().stream().filter(s -> s.chatId() == USER))
        .extracting(Sent::text)
        .filteredOn(t -> t.contains("Only the bot's admins can add articles"))
        .hasSize(2);
  }

  @Test
  void aFileTelegramCannotHandOverOrOfAnUnknownTypeIsRefusedWithWhy() throws Exception {
    startWithIngest();
    sim.privateDocument(ADMIN, "dump.txt", "text/plain", bytes(FERRY), 25L * 1024 * 1024);
    reply(ADMIN, "up to 20 MB");
    sim.privateDocument(ADMIN, "slides.pdf", "application/pdf", bytes("%PDF-1.4"), -1);
    reply(ADMIN, "slides.pdf is none of those");
    assertThat(sim.calls("getfile")).isEmpty();
  }

  @Test
  void aNameThatPointsOutOfTheInboxIsKeptInside() throws Exception {
    assertThat(Additions.safeName("../../etc/cron.d/evil.txt")).isEqualTo("evil.txt");
    assertThat(Additions.safeName("..\\..\\boot.ini.md")).isEqualTo("boot.ini.md");
    assertThat(Additions.safeName(".hidden.txt")).isEqualTo("hidden.txt");
    assertThat(Additions.safeName("Bericht über Wahl.html")).isEqualTo("Bericht__ber_Wahl.html");
    assertThat(Additions.safeName(null)).isEqualTo("document.txt");
  }

  @Test
  void withoutAWayInTheBotSaysSo() throws Exception {
    start(Set.of(), Set.of(ADMIN), 100, dir.resolve("state-" + System.nanoTime()));
    sim.privateDocument(ADMIN, "ferry.txt", "text/plain", bytes(FERRY), -1);
    reply(ADMIN, "Adding articles is not enabled");
    sim.privateText(ADMIN, "/feeds");
    reply(ADMIN, "This bot follows no feeds.");
    assertThat(sim.calls("getfile")).isEmpty();
  }

  /** The bot's message whose latest text (after edits) contains {@code contains}. */
  private Sent edited(long chat, String contains) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      for (Sent s : sim.sent()) {
        if (s.chatId() == chat && s.text().contains(contains)) {
          return s;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no message containing " + contains + "; sent: " + sim.sent());
  }

  /** The text as the user sees it (no markup; the bot's replies escape no character here). */
  private static String visible(Sent s) {
    return s.text().replaceAll("<[^>]+>", "");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes(s));
    }
    return out.toByteArray();
  }
}
