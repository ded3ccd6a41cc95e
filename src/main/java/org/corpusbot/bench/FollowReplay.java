package org.corpusbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corpusbot.corpus.Dates;
import org.corpusbot.follows.Follow;
import org.corpusbot.follows.Match;
import org.corpusbot.follows.Matching;
import org.corpusbot.retrieval.FreshArticle;
import org.corpusbot.retrieval.FreshArticles;

/**
 * The replay protocol of {@code bench-follows}: each question becomes a follow created {@value
 * #DAYS_BEFORE} days before the question's date and active until that date (inclusive); the
 * articles published in any such window are replayed in date order and each match counts as an
 * alert only when the follow is active on the article's date.
 */
public final class FollowReplay {
  public static final int DAYS_BEFORE = 7;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A question's follow, its window and its gold articles. */
  public record Case(
      FollowLabels.Labelled label, Follow follow, LocalDate from, LocalDate to, Set<String> gold) {
    public String id() {
      return label.questionId();
    }

    public boolean active(LocalDate d) {
      return d != null && !d.isBefore(from) && !d.isAfter(to);
    }
  }

  /** One alert: the case, the article, the match's score and its evidence sentences. */
  public record Alert(Case c, String articleId, double score, Match match) {
    public String key() {
      return c.id() + "\t" + articleId;
    }
  }

  private FollowReplay() {}

  /** One case per labelled follow whose question is in {@code questions}; vectors by {@code m}. */
  public static List<Case> cases(
      List<FollowLabels.Labelled> labels, List<BenchQuestion> questions, Matching m) {
    Map<String, BenchQuestion> byId = new HashMap<>();
    questions.forEach(q -> byId.put(q.id(), q));
    List<Case> out = new ArrayList<>();
    for (FollowLabels.Labelled l : labels) {
      BenchQuestion q = byId.get(l.questionId());
      if (q == null || q.asked() == null) {
        continue;
      }
      LocalDate from = q.asked().minusDays(DAYS_BEFORE);
      Follow f =
          new Follow(
              out.size(),
              0,
              l.kind(),
              l.text(),
              l.people(),
              0,
              from.atStartOfDay().toInstant(ZoneOffset.UTC),
              m.vector(l.kind(), l.text()),
              m.model());
      out.add(new Case(l, f, from, q.asked(), new LinkedHashSet<>(q.goldArticles())));
    }
    return out;
  }

  /** Publish dates of every article of a RealTime QA articles file, by id. */
  public static Map<String, LocalDate> dates(Path articles) throws IOException {
    Map<String, LocalDate> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          JsonNode a = JSON.readTree(line);
          Dates.parse(a.path("publish_date").asText(""))
              .ifPresent(d -> out.put(a.get("id").asText(), d));
        }
      }
    }
    return out;
  }

  /** Titles of a RealTime QA articles file, in file order. */
  public static List<String> titles(Path articles) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line).path("title").asText(""));
        }
      }
    }
    return out;
  }

  /** The served articles published in some case's window, in date order (then id). */
  public static List<FreshArticle> articles(
      List<Case> cases, Map<String, LocalDate> dates, FreshArticles fresh) {
    TreeMap<String, LocalDate> wanted = new TreeMap<>();
    dates.forEach(
        (id, d) -> {
          if (cases.stream().anyMatch(c -> c.active(d))) {
            wanted.put(id, d);
          }
        });
    List<FreshArticle> out = new ArrayList<>();
    List<String> ids = new ArrayList<>(wanted.keySet());
    for (int i = 0; i < ids.size(); i += 200) {
      out.addAll(fresh.of(ids.subList(i, Math.min(ids.size(), i + 200))));
    }
    out.sort(
        Comparator.comparing((FreshArticle a) -> wanted.get(a.id()))
            .thenComparing(FreshArticle::id));
    return out;
  }

  /** Every alert of {@code matcher} over {@code articles} for the cases active on their dates. */
  public static List<Alert> replay(
      List<Case> cases, Matching.Matcher matcher, List<FreshArticle> articles) {
    Map<Long, Case> byFollow = new HashMap<>();
    cases.forEach(c -> byFollow.put(c.follow().id(), c));
    List<Alert> out = new ArrayList<>();
    for (FreshArticle a : articles) {
      for (Match m : matcher.match(a)) {
        Case c = byFollow.get(m.follow().id());
        if (c != null && c.active(a.article().date())) {
          out.add(new Alert(c, a.id(), m.score(), m));
        }
      }
    }
    return out;
  }
}
