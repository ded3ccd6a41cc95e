package org.corpusbot.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corpusbot.answer.Question;
import org.corpusbot.bench.BadArticles;
import org.corpusbot.bench.HeapSampler;
import org.corpusbot.bench.Percentiles;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsLoader;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corpusbot bench-bad-articles}: what one pathological article costs, from reading it to
 * answering about it: each case alone in a fresh corpus and index, timed through loading, indexing
 * (chunking, embedding, contacts, commit), the article's summary and one question.
 */
@Command(
    name = "bench-bad-articles",
    mixinStandardHelpOptions = true,
    description = "Measure what run-on, huge and one-line articles cost to index and answer from.")
final class BenchBadArticlesCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(
      names = "--keep",
      paramLabel = "DIR",
      description =
          "Write the articles into DIR/<case>/ and keep them (to index with another version).")
  Path keep;

  @Option(
      names = "--max-article-mb",
      defaultValue = "64",
      paramLabel = "MB",
      description =
          "corpus.max-article-mb for the run (default ${DEFAULT-VALUE}: every case is read, so the"
              + " caps of the later stages are what is measured).")
  int maxArticleMb;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Path work = keep != null ? keep : Files.createTempDirectory("corpusbot-bad-articles");
    ArrayNode rows = AnswerFormat.JSON.createArrayNode();
    StringBuilder text =
        new StringBuilder(
            String.format(
                "%-30s %9s %9s %9s %9s %9s%n",
                "case", "index s", "passages", "summary s", "answer s", "heap MB"));
    for (int i = 0; i < BadArticles.CASES.size(); i++) {
      BadArticles.Case c = BadArticles.CASES.get(i);
      Path dir = work.resolve("case" + i);
      BadArticles.write(c, dir.resolve("corpus"));
      ObjectNode row = measure(c, dir);
      rows.add(row);
      text.append(
          String.format(
              "%-30s %9.2f %9d %9.2f %9.2f %9.0f%n",
              c.name(),
              row.get("indexSeconds").asDouble(),
              row.get("passages").asInt(),
              row.get("summarySeconds").asDouble(),
              row.get("answerSeconds").asDouble(),
              row.get("peakHeapMb").asDouble()));
    }
    ObjectNode o = AnswerFormat.JSON.createObjectNode();
    o.set("cases", rows);
    System.out.println(json ? o.toString() : text.toString().strip());
    return 0;
  }

  private ObjectNode measure(BadArticles.Case c, Path dir) {
    Settings settings =
        SettingsLoader.load(
            root.config,
            System.getenv(),
            Map.of(
                "corpus.path", dir.resolve("corpus").toString(),
                "data.dir", dir.resolve("data").toString(),
                "corpus.max-article-mb", Integer.toString(maxArticleMb)));
    System.gc();
    ObjectNode row = AnswerFormat.JSON.createObjectNode();
    row.put("case", c.name());
    try (Corpusbot bot = Corpusbot.writable(settings);
        HeapSampler heap = new HeapSampler()) {
      long t0 = System.nanoTime();
      IndexReport report = bot.sync(false, IndexProgress.NONE);
      row.put("indexSeconds", Percentiles.round3(seconds(t0)));
      row.put("passages", report.passages());
      String id = c.file().substring(0, c.file().length() - 4);
      t0 = System.nanoTime();
      bot.summaries().article(id);
      row.put("summarySeconds", Percentiles.round3(seconds(t0)));
      t0 = System.nanoTime();
      bot.composer().answer(Question.of("Where did the minister meet the envoy?", LocalDate.now()));
      row.put("answerSeconds", Percentiles.round3(seconds(t0)));
      row.put("peakHeapMb", Math.round(heap.peakMb()));
    }
    return row;
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
