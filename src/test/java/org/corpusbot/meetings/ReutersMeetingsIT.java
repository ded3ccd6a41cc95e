package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.CorpusLoader;
import org.corpusbot.corpus.JsonFields;
import org.junit.jupiter.api.Test;

/**
 * Participant-pair precision and recall on hand-labelled Reuters-21578 stories (46 with contacts,
 * 31 without). The fixture holds ids, offsets and expected events only; the text is read from
 * ../shared/data, and the test skips when it is absent.
 */
class ReutersMeetingsIT {
  static final Path REUTERS = Path.of("..", "shared", "data", "reuters21578.jsonl");
  private static final Set<String> NOISE =
      Set.of(
          "corp",
          "inc",
          "co",
          "ltd",
          "the",
          "of",
          "and",
          "association",
          "group",
          "plc",
          "spa",
          "sa",
          "union");

  record Pair(String a, String b) {}

  @Test
  void participantPairsMeetTheTargets() throws Exception {
    assumeTrue(
        Files.exists(REUTERS),
        "../shared/data/reuters21578.jsonl is absent: skipping the Reuters evaluation");
    Map<String, List<Pair>> gold = gold();
    Map<String, Article> articles = new HashMap<>();
    CorpusLoader.standard(JsonFields.defaults())
        .load(
            REUTERS,
            a -> {
              if (gold.containsKey(a.id())) {
                articles.put(a.id(), a);
              }
            });
    MeetingExtractor extractor = new MeetingExtractor();
    int predicted = 0;
    int correct = 0;
    int expected = 0;
    int found = 0;
    List<String> misses = new ArrayList<>();
    for (var e : gold.entrySet()) {
      Article article = articles.get(e.getKey());
      List<Pair> want = e.getValue();
      List<Pair> got = new ArrayList<>();
      for (ContactEvent ev : extractor.extract(article)) {
        for (List<Participant> p : ev.pairs()) {
          if (named(p.get(0)) && named(p.get(1)) && !same(p.get(0).name(), p.get(1).name())) {
            got.add(new Pair(p.get(0).name(), p.get(1).name()));
          }
        }
      }
      got = distinct(got);
      predicted += got.size();
      expected += want.size();
      for (Pair g : got) {
        if (want.stream().anyMatch(w -> matches(w, g))) {
          correct++;
        } else {
          misses.add("extra " + e.getKey() + ": " + g);
        }
      }
      for (Pair w : want) {
        if (got.stream().anyMatch(g -> matches(w, g))) {
          found++;
        } else {
          misses.add("missed " + e.getKey() + ": " + w);
        }
      }
    }
    double precision = predicted == 0 ? 0 : (double) correct / predicted;
    double recall = expected == 0 ? 0 : (double) found / expected;
    System.out.printf(
        "Reuters contact pairs: precision %.3f (%d/%d), recall %.3f (%d/%d) over %d stories%n",
        precision, correct, predicted, recall, found, expected, gold.size());
    misses.forEach(m -> System.out.println("  " + m));
    assertThat(precision).isGreaterThanOrEqualTo(0.85);
    assertThat(recall).isGreaterThanOrEqualTo(0.70);
  }

  private static boolean named(Participant p) {
    return p.kind() != Participant.Kind.DESCRIBED;
  }

  private static List<Pair> distinct(List<Pair> pairs) {
    List<Pair> out = new ArrayList<>();
    for (Pair p : pairs) {
      if (out.stream().noneMatch(o -> matches(o, p))) {
        out.add(p);
      }
    }
    return out;
  }

  static boolean matches(Pair x, Pair y) {
    return same(x.a(), y.a()) && same(x.b(), y.b()) || same(x.a(), y.b()) && same(x.b(), y.a());
  }

  /**
   * Names match when the shorter one's last significant word is in the longer ("Sante Fe" ~ "Sante
   * Fe Southern Pacific Corp").
   */
  static boolean same(String x, String y) {
    List<String> a = words(x);
    List<String> b = words(y);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = shorter == a ? b : a;
    return longer.contains(shorter.get(shorter.size() - 1));
  }

  private static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s-]", " ").split("\\s+")) {
      if (!w.isBlank() && !NOISE.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static Map<String, List<Pair>> gold() throws Exception {
    Map<String, List<Pair>> out = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (InputStream in =
        ReutersMeetingsIT.class.getResourceAsStream("/meetings/reuters-gold.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        JsonNode n = json.readTree(line);
        if (!n.has("id")) {
          continue;
        }
        List<Pair> pairs = new ArrayList<>();
        for (JsonNode ev : n.get("events")) {
          JsonNode sides = ev.get("sides");
          if (sides.size() == 1) {
            List<String> all = names(sides.get(0));
            for (int i = 0; i < all.size(); i++) {
              for (int j = i + 1; j < all.size(); j++) {
                pairs.add(new Pair(all.get(i), all.get(j)));
              }
            }
          } else {
            for (String a : names(sides.get(0))) {
              for (String b : names(sides.get(1))) {
                pairs.add(new Pair(a, b));
              }
            }
          }
        }
        out.put(n.get("id").asText(), distinct(pairs));
      }
    }
    return out;
  }

  private static List<String> names(JsonNode arr) {
    List<String> out = new ArrayList<>();
    arr.forEach(x -> out.add(x.asText()));
    return out;
  }
}
