package org.corpusbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.corpusbot.corpus.Dates;

/** Reads RealTime QA question files ({@code questions-dev.jsonl}). */
public final class BenchQuestions {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchQuestions() {}

  public static List<BenchQuestion> read(Path file) throws IOException {
    List<BenchQuestion> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode q = JSON.readTree(line);
        List<String> choices = new ArrayList<>();
        q.get("choices").forEach(c -> choices.add(c.asText()));
        LinkedHashSet<String> gold = new LinkedHashSet<>();
        q.get("gold_article_ids").forEach(g -> gold.add(g.asText()));
        out.add(
            new BenchQuestion(
                q.path("question_id").asText("q" + n),
                Dates.parse(q.path("question_date").asText()).orElse(null),
                q.get("question_sentence").asText(),
                choices,
                Integer.parseInt(q.get("answer").get(0).asText()),
                new ArrayList<>(gold),
                q.path("evidence_text").asText("")));
      }
    }
    return out;
  }
}
