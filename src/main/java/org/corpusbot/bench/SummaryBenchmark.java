package org.corpusbot.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Citation;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.BoilerplateSentences;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.corpus.Span;
import org.corpusbot.retrieval.ArticleCatalog;
import org.corpusbot.summary.Summaries;

/**
 * How well and how fast articles and topics are summarised. Coverage: how often the summary of a
 * question's gold article holds the question's evidence sentence, verbatim or by most (60%) of its
 * content words; the same for the article's first sentences within the same budget (the lead
 * baseline every news summariser is measured against).
 */
public final class SummaryBenchmark {
  static final double MOST = 0.6;
  private static final Set<String> STOP =
      Set.of(
          "the", "and", "for", "that", "with", "was", "were", "are", "has", "have", "had", "this",
          "from", "but", "not", "its", "his", "her", "their", "they", "which", "who", "will",
          "would", "been", "also", "into", "than", "about", "after", "more", "said", "says");

  private final Summaries summaries;
  private final ArticleCatalog catalog;
  private final SentenceSplitter splitter = new SentenceSplitter();

  public SummaryBenchmark(Summaries summaries, ArticleCatalog catalog) {
    this.summaries = summaries;
    this.catalog = catalog;
  }

  /** Coverage of the summariser and of the lead baseline, and the summaries' lengths in words. */
  public record Coverage(
      int questions,
      double verbatim,
      double most,
      double leadVerbatim,
      double leadMost,
      List<Double> words) {}

  public Coverage coverage(List<BenchQuestion> questions, int leadSentences, int maxWords) {
    int n = 0;
    int verbatim = 0;
    int most = 0;
    int leadVerbatim = 0;
    int leadMost = 0;
    List<Double> words = new ArrayList<>();
    for (BenchQuestion q : questions) {
      Optional<Article> gold =
          q.goldArticles().isEmpty() ? Optional.empty() : catalog.get(q.goldArticles().get(0));
      if (gold.isEmpty() || q.evidence().isBlank()) {
        continue;
      }
      n++;
      Answer s = summaries.article(gold.get().id()).orElseThrow();
      String summary = String.join(" ", s.citations().stream().map(Citation::quote).toList());
      String lead = lead(gold.get(), leadSentences, maxWords);
      words.add((double) summary.split("\\s+").length);
      verbatim += summary.contains(q.evidence().strip()) ? 1 : 0;
      most += mostWords(q.evidence(), summary) ? 1 : 0;
      leadVerbatim += lead.contains(q.evidence().strip()) ? 1 : 0;
      leadMost += mostWords(q.evidence(), lead) ? 1 : 0;
    }
    return new Coverage(
        n, share(verbatim, n), share(most, n), share(leadVerbatim, n), share(leadMost, n), words);
  }

  /** Milliseconds per summary of each article, after a few unmeasured ones. */
  public List<Double> articleLatencies(List<String> ids) {
    ids.stream().limit(5).forEach(summaries::article);
    List<Double> ms = new ArrayList<>();
    for (String id : ids) {
      long t0 = System.nanoTime();
      summaries.article(id);
      ms.add((System.nanoTime() - t0) / 1e6);
    }
    return ms;
  }

  /** Milliseconds per topic summary, after a few unmeasured ones. */
  public List<Double> topicLatencies(List<String> topics, LocalDate asOf) {
    topics.stream().limit(5).forEach(t -> summaries.topic(t, asOf));
    List<Double> ms = new ArrayList<>();
    for (String t : topics) {
      long t0 = System.nanoTime();
      summaries.topic(t, asOf);
      ms.add((System.nanoTime() - t0) / 1e6);
    }
    return ms;
  }

  /** The article's first usable sentences, as many as a summary may have, within its budget. */
  String lead(Article a, int sentences, int maxWords) {
    StringBuilder sb = new StringBuilder();
    int taken = 0;
    int words = 0;
    for (Span s : splitter.split(a.text())) {
      String sentence = a.text().substring(s.start(), s.end());
      int w = sentence.split("\\s+").length;
      if (BoilerplateSentences.isBoilerplate(sentence) || taken > 0 && words + w > maxWords) {
        continue;
      }
      sb.append(sentence).append(' ');
      words += w;
      if (++taken == sentences) {
        break;
      }
    }
    return sb.toString();
  }

  static boolean mostWords(String evidence, String summary) {
    Set<String> want = contentWords(evidence);
    Set<String> have = contentWords(summary);
    long hit = want.stream().filter(have::contains).count();
    return !want.isEmpty() && hit >= MOST * want.size();
  }

  private static Set<String> contentWords(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2 && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static double share(int k, int n) {
    return n == 0 ? 0 : (double) k / n;
  }
}
