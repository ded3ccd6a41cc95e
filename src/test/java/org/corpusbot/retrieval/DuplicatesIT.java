package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.AnswerTuning;
import org.corpusbot.answer.Citation;
import org.corpusbot.answer.ExtractiveComposer;
import org.corpusbot.answer.Question;
import org.corpusbot.corpus.Chunker;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies of a story are indexed once, near-copies are cited once, and a correction replaces what it
 * corrects: for plain corpus files, synced again and again as the folder changes.
 */
class DuplicatesIT {
  private static final LocalDate ASKED = LocalDate.of(2024, 4, 1);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static final String[] STRIKE = {
    "Dock workers in the port of Lunde ended a nine-day strike on Tuesday after the harbour"
        + " authority agreed to raise night-shift pay by 12 percent and to hire forty more crane"
        + " operators before the summer season.",
    "The walkout had left more than sixty cargo ships waiting off the coast and forced two ferry"
        + " lines to divert passengers to the smaller harbour at Osk, union officials said.",
    "Union leader Marta Vell told reporters that the workers went back because the deal met their"
        + " main demand, safer staffing on night shifts, after two accidents at the container"
        + " terminal in January.",
    "The harbour authority said the agreement would cost about 3 million crowns a year and would"
        + " be paid for by a small rise in berth fees charged to shipping companies.",
    "Shipping agents expect the backlog of waiting vessels to clear within a week, although"
        + " perishable cargo such as fruit and fish had already been sent to other ports.",
    "The strike was the longest at the port since 1998, when dock workers stayed out for three"
        + " weeks in a dispute over pensions."
  };

  @Test
  void theSameUrlArrivingTwiceIsServedOnceAsItsNewerVersion() throws Exception {
    Path corpus = dir.resolve("corpus");
    write(
        corpus,
        "wire.jsonl",
        "wire-1",
        "Lunde dock strike ends",
        "2024-03-12",
        "https://news.example/lunde/strike-ends?utm_source=feed",
        String.join("\n\n", STRIKE));
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      sync(index, corpus);
      write(
          corpus,
          "inbox.jsonl",
          "web-7",
          "Lunde dock strike ends",
          "2024-03-11",
          "http://www.news.example/lunde/strike-ends/",
          String.join("\n\n", STRIKE).replace("nine-day strike", "nine day strike"));

      IndexReport second = sync(index, corpus);

      assertThat(second.placements())
          .contains(new Placement("web-7", Placement.Kind.DUPLICATE, "wire-1"))
          .contains(new Placement("wire-1", Placement.Kind.UNCHANGED, null));
      assertThat(second.passages()).as("an older version is not embedded").isZero();
      assertThat(new LuceneCatalog(index).overview().articles()).isEqualTo(1);
      assertThat(search(index, "Why did the Lunde dock workers end their strike?").articleIds())
          .containsExactly("wire-1");
    }
  }

  @Test
  void theSameTextUnderTwoIdsIsServedOnceAndAResyncKeepsTheChoice() throws Exception {
    Path corpus = dir.resolve("corpus");
    String text = String.join("\n\n", STRIKE);
    write(
        corpus,
        "a-agency.jsonl",
        "agency-1",
        "Port strike over",
        "2024-03-12",
        "https://agency.example/1",
        text);
    write(
        corpus,
        "b-paper.jsonl",
        "paper-9",
        "Lunde strike ends after pay deal",
        "2024-03-13",
        "https://paper.example/9",
        "  " + text.toUpperCase().replace(" ", "   ") + "\n");
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      IndexReport first = sync(index, corpus);
      assertThat(first.placements())
          .containsExactly(
              new Placement("agency-1", Placement.Kind.ADDED, null),
              new Placement("paper-9", Placement.Kind.DUPLICATE, "agency-1"));
      assertThat(first.duplicates()).isEqualTo(1);

      IndexReport again = sync(index, corpus);
      assertThat(again.indexed()).isZero();
      assertThat(again.duplicates()).isZero();
      assertThat(again.placements())
          .isEqualTo(
              first.placements().stream()
                  .map(
                      p ->
                          p.kind() == Placement.Kind.ADDED
                              ? new Placement(p.id(), Placement.Kind.UNCHANGED, null)
                              : p)
                  .toList());

      IndexReport rebuilt =
          indexer(index).sync(TestCorpus.loaded(corpus), SyncOptions.REBUILD, IndexProgress.NONE);
      assertThat(rebuilt.placements())
          .contains(new Placement("paper-9", Placement.Kind.DUPLICATE, "agency-1"));
      assertThat(search(index, "night-shift pay crane operators").articleIds())
          .containsExactly("agency-1");
    }
  }

  @Test
  void deletingTheServedCopysFilePromotesTheOther() throws Exception {
    Path corpus = dir.resolve("corpus");
    String text = String.join("\n\n", STRIKE);
    write(
        corpus,
        "a-agency.jsonl",
        "agency-1",
        "Port strike over",
        "2024-03-12",
        "https://agency.example/1",
        text);
    write(
        corpus,
        "b-paper.jsonl",
        "paper-9",
        "Lunde strike ends after pay deal",
        "2024-03-13",
        "https://paper.example/9",
        text);
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      sync(index, corpus);
      Files.delete(corpus.resolve("a-agency.jsonl"));

      IndexReport after = sync(index, corpus);

      assertThat(after.deleted()).isEqualTo(1);
      assertThat(after.placements())
          .extracting(Placement::id, Placement::kind)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("paper-9", Placement.Kind.UPDATED));
      assertThat(search(index, "night-shift pay crane operators").articleIds())
          .containsExactly("paper-9");
      assertThat(new LuceneCatalog(index).overview().articles()).isEqualTo(1);
    }
  }

  @Test
  void aSyndicatedCopyWithANewHeadlineAndAnEditedParagraphIsLinkedAndCitedOnce() throws Exception {
    Path corpus = dir.resolve("corpus");
    write(
        corpus,
        "wire.jsonl",
        "wire-1",
        "Lunde dock strike ends",
        "2024-03-12",
        "https://wire.example/lunde",
        String.join("\n\n", STRIKE));
    String[] edited = STRIKE.clone();
    edited[3] =
        "According to the harbour authority, the deal will cost roughly 3 million crowns"
            + " every year, money it plans to raise through higher berth fees for shipping lines.";
    write(
        corpus,
        "gazette.jsonl",
        "gazette-4",
        "Dockers back at work as Lunde strike ends",
        "2024-03-12",
        "https://gazette.example/dockers",
        String.join("\n\n", edited));
    write(
        corpus,
        "ferry.jsonl",
        "ferry-2",
        "Ferry timetable changes at Osk",
        "2024-03-05",
        "https://gazette.example/ferry",
        "Two ferry lines will call at Osk instead of Lunde for"
            + " the rest of the month, the operators said, as the harbour in Lunde is closed by a"
            + " strike of dock workers. Passengers should allow an extra hour for the journey.");
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      IndexReport report = sync(index, corpus);
      assertThat(report.placements())
          .extracting(Placement::kind)
          .containsOnly(Placement.Kind.ADDED);
      assertThat(new LuceneCatalog(index).overview().articles()).isEqualTo(3);

      for (String q :
          List.of(
              "Why did the Lunde dock workers end their strike?",
              "How much will the Lunde pay deal cost?",
              "Who is Marta Vell?")) {
        List<String> found = search(index, q).articleIds();
        assertThat(found).as(q).containsAnyOf("wire-1", "gazette-4");
        assertThat(found)
            .as(q + ": one of the two copies")
            .doesNotContain(found.contains("wire-1") ? "gazette-4" : "wire-1");
        Answer a = answer(index, q);
        assertThat(a.citations())
            .as(q)
            .extracting(Citation::articleId)
            .isNotEmpty()
            .doesNotContain(found.contains("wire-1") ? "gazette-4" : "wire-1");
      }
    }
  }

  @Test
  void aCorrectionOfTheSameUrlReplacesTheOldVersionInAnswers() throws Exception {
    Path corpus = dir.resolve("corpus");
    String old = String.join("\n\n", STRIKE);
    write(
        corpus,
        "wire.jsonl",
        "wire-1",
        "Lunde dock strike ends",
        "2024-03-12",
        "https://news.example/lunde",
        old);
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      sync(index, corpus);
      assertThat(answer(index, "How much will the Lunde pay deal cost a year?").text())
          .contains("3 million crowns");
      String corrected =
          old.replace("about 3 million crowns", "about 5 million crowns")
              + "\n\nThis story corrects the yearly cost of the agreement given in an earlier version.";
      write(
          corpus,
          "inbox/web-news.jsonl",
          "web-news-lunde",
          "Lunde dock strike ends",
          "2024-03-13",
          "https://news.example/lunde?utm_medium=rss",
          corrected);

      IndexReport report = sync(index, corpus);

      assertThat(report.placements())
          .contains(new Placement("web-news-lunde", Placement.Kind.UPDATED, null))
          .contains(new Placement("wire-1", Placement.Kind.DUPLICATE, "web-news-lunde"));
      Answer a = answer(index, "How much will the Lunde pay deal cost a year?");
      assertThat(a.text()).contains("5 million crowns").doesNotContain("3 million crowns");
      assertThat(a.citations()).extracting(Citation::articleId).containsOnly("web-news-lunde");

      Files.delete(corpus.resolve("inbox/web-news.jsonl"));
      sync(index, corpus);
      assertThat(answer(index, "How much will the Lunde pay deal cost a year?").text())
          .as("the old version is served again once the correction is gone")
          .contains("3 million crowns");
    }
  }

  @Test
  void aRebuildKeepsTheLaterArrivalOfTheSameUrlAndDateServedWhateverTheFileOrder()
      throws Exception {
    Path corpus = dir.resolve("corpus");
    String text = String.join("\n\n", STRIKE);
    write(
        corpus,
        "z-first.jsonl",
        "z-old",
        "Lunde dock strike ends",
        "2024-03-12",
        "https://news.example/lunde",
        text);
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      sync(index, corpus);
      write(
          corpus,
          "a-second.jsonl",
          "a-new",
          "Lunde dock strike ends",
          "2024-03-12",
          "https://news.example/lunde",
          text.replace("forty more", "fifty more"));
      IndexReport second = sync(index, corpus);
      assertThat(second.placements())
          .contains(new Placement("a-new", Placement.Kind.UPDATED, null))
          .contains(new Placement("z-old", Placement.Kind.DUPLICATE, "a-new"));

      IndexReport rebuilt =
          indexer(index).sync(TestCorpus.loaded(corpus), SyncOptions.REBUILD, IndexProgress.NONE);

      assertThat(rebuilt.rebuilt()).isTrue();
      assertThat(rebuilt.placements())
          .as("the rebuild reads a-second.jsonl first, but it arrived later")
          .contains(new Placement("z-old", Placement.Kind.DUPLICATE, "a-new"));
      assertThat(search(index, "crane operators hired").articleIds()).containsExactly("a-new");
    }
  }

  @Test
  void anIndexOfSchemaTwoIsRebuiltWithItsCopiesFound() throws Exception {
    Path corpus = dir.resolve("corpus");
    String text = String.join("\n\n", STRIKE);
    write(
        corpus,
        "a-agency.jsonl",
        "agency-1",
        "Port strike over",
        "2024-03-12",
        "https://agency.example/1",
        text);
    write(
        corpus,
        "b-paper.jsonl",
        "paper-9",
        "Lunde strike ends",
        "2024-03-12",
        "https://paper.example/9",
        text);
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      sync(index, corpus);
      Map<String, String> old = new java.util.HashMap<>(index.commitData());
      old.put(IndexSchema.META_SCHEMA, "2");
      index.commit(old);

      IndexReport again = sync(index, corpus);

      assertThat(again.rebuilt()).isTrue();
      assertThat(index.commitData()).containsEntry(IndexSchema.META_SCHEMA, "3");
      assertThat(again.placements())
          .containsExactly(
              new Placement("agency-1", Placement.Kind.ADDED, null),
              new Placement("paper-9", Placement.Kind.DUPLICATE, "agency-1"));
      assertThat(new LuceneCatalog(index).overview().articles()).isEqualTo(1);
    }
  }

  @Test
  void theSameTextAMonthApartIsTwoStories() throws Exception {
    Path corpus = dir.resolve("corpus");
    String text =
        "The Bundesbank left credit policies unchanged after today's regular meeting of"
            + " its council, a spokesman said. The discount rate remains at 3.0 pct.";
    write(
        corpus,
        "march.jsonl",
        "bbk-march",
        "Bundesbank leaves policies unchanged",
        "2024-02-05",
        "https://wire.example/bbk-march",
        text);
    write(
        corpus,
        "april.jsonl",
        "bbk-april",
        "Bundesbank leaves policies unchanged",
        "2024-03-04",
        "https://wire.example/bbk-april",
        text);
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      IndexReport report = sync(index, corpus);
      assertThat(report.placements())
          .extracting(Placement::kind)
          .containsOnly(Placement.Kind.ADDED);
      assertThat(search(index, "Bundesbank discount rate unchanged").articleIds())
          .containsExactlyInAnyOrder("bbk-march", "bbk-april");
    }
  }

  private static void write(
      Path corpus, String file, String id, String title, String date, String url, String text)
      throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("title", title);
    json.put("date", date);
    json.put("url", url);
    json.put("text", text);
    Path path = corpus.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, JSON.writeValueAsString(json) + "\n");
  }

  private static Indexer indexer(CorpusIndex index) {
    return new Indexer(
        index,
        TestCorpus.embedder(),
        new Chunker(new SentenceSplitter(), TestCorpus.CHUNK),
        TestCorpus.CHUNK);
  }

  private static IndexReport sync(CorpusIndex index, Path corpus) {
    return indexer(index).sync(TestCorpus.loaded(corpus), SyncOptions.UPDATE, IndexProgress.NONE);
  }

  private static SearchResult search(CorpusIndex index, String q) {
    return new HybridSearcher(index, TestCorpus.embedder(), RetrievalTuning.defaults())
        .search(SearchRequest.of(q, ASKED, 8));
  }

  private static Answer answer(CorpusIndex index, String q) {
    HybridSearcher searcher =
        new HybridSearcher(index, TestCorpus.embedder(), RetrievalTuning.defaults());
    return new ExtractiveComposer(
            searcher, new Lexicon(index), TestCorpus.embedder(), AnswerTuning.defaults())
        .answer(Question.of(q, ASKED));
  }
}
