package org.corpusbot.answer.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.corpus.Span;

/**
 * Checks what a model wrote against the sources it was given, before anyone sees it: a citation to
 * a source that was not given is removed; a sentence left without a valid citation is dropped;
 * citations are renumbered in order of first use ([1], [2], … over the sources actually cited). If
 * nothing supported is left, or the model said the sources don't answer, the result is "not found".
 * Thread-safe.
 */
public final class CitationCheck {
  private static final Pattern CITATION =
      Pattern.compile("\\[(\\d{1,3}(?:\\s*[,;–-]\\s*\\d{1,3})*)\\]");

  private static final Pattern LEADING_CITATIONS =
      Pattern.compile("(?:\\s*\\[\\d{1,3}(?:\\s*[,;–-]\\s*\\d{1,3})*\\])+");
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private static final Pattern NOT_FOUND =
      Pattern.compile(
          "(?i)\\b(?:articles|passages|sources)\\b.{0,40}\\b(?:don'?t|do not|doesn'?t|does not|cannot|can't)\\b.{0,20}\\b(?:say|answer|mention|contain|cover|tell)");

  /**
   * The checked text and the sources it cites.
   *
   * @param text the answer as the user may see it; empty when {@code notFound}
   * @param sources the 0-based indexes of the sources cited, in the order of their new numbers
   * @param removedCitations citations to sources that were not given
   * @param droppedSentences sentences dropped for want of a valid citation
   * @param notFound nothing supported is left, or the model said the sources don't answer
   */
  public record Checked(
      String text,
      List<Integer> sources,
      int removedCitations,
      int droppedSentences,
      boolean notFound) {}

  /** Checks the whole of {@code raw}, given {@code sources} numbered 1 to {@code sources}. */
  public Checked check(String raw, int sources) {
    String clean = raw.replace("**", "").replace("__", "").strip();
    Map<Integer, Integer> renumber = new LinkedHashMap<>();
    List<String> kept = new ArrayList<>();
    int removed = 0;
    int dropped = 0;
    boolean saidNotFound = false;
    for (String sentence : sentences(clean)) {
      List<Integer> valid = new ArrayList<>();
      Matcher m = CITATION.matcher(sentence);
      StringBuilder body = new StringBuilder();
      while (m.find()) {
        for (int n : numbers(m.group(1))) {
          if (n >= 1 && n <= sources) {
            if (!valid.contains(n)) {
              valid.add(n);
            }
          } else {
            removed++;
          }
        }
        m.appendReplacement(body, "");
      }
      m.appendTail(body);
      String plain = body.toString().replaceAll("\\s+([.,;:!?])", "$1").replaceAll("\\s{2,}", " ");
      plain = plain.strip();
      if (plain.isEmpty()) {
        continue;
      }
      if (valid.isEmpty()) {
        saidNotFound |= NOT_FOUND.matcher(plain).find();
        dropped++;
        continue;
      }
      StringBuilder cited = new StringBuilder(plain);
      for (int n : valid) {
        int number = renumber.computeIfAbsent(n - 1, k -> renumber.size() + 1);
        cited.append(" [").append(number).append(']');
      }
      kept.add(cited.toString());
    }
    if (kept.isEmpty()) {
      return new Checked("", List.of(), removed, dropped, true);
    }
    return new Checked(
        String.join(" ", kept), new ArrayList<>(renumber.keySet()), removed, dropped, false);
  }

  /**
   * The part of a reply still being written that may be shown: its complete sentences, checked.
   * Empty while no complete sentence with a valid citation has arrived.
   */
  public String visible(String partial, int sources) {
    String complete = completePart(partial);
    if (complete.isBlank()) {
      return "";
    }
    Checked c = check(complete, sources);
    return c.notFound() ? "" : c.text();
  }

  /** All but the last sentence (still being written), with the citations that close them. */
  static String completePart(String partial) {
    List<Span> spans = SPLITTER.split(partial);
    if (spans.size() < 2) {
      return "";
    }
    Span last = spans.get(spans.size() - 1);
    Matcher lead = LEADING_CITATIONS.matcher(partial.substring(last.start(), last.end()));
    int end = lead.lookingAt() ? last.start() + lead.end() : spans.get(spans.size() - 2).end();
    return partial.substring(0, end);
  }

  /** Sentences, each with the citations that follow its full stop ("… Geneva. [1]"). */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (Span s : SPLITTER.split(text)) {
      String sentence = text.substring(s.start(), s.end()).strip();
      Matcher lead = LEADING_CITATIONS.matcher(sentence);
      if (lead.lookingAt() && !out.isEmpty()) {
        int last = out.size() - 1;
        out.set(last, out.get(last) + " " + lead.group().strip());
        sentence = sentence.substring(lead.end()).strip();
      }
      if (!sentence.isEmpty()) {
        out.add(sentence);
      }
    }
    return out;
  }

  private static List<Integer> numbers(String group) {
    List<Integer> out = new ArrayList<>();
    String g = group.toLowerCase(Locale.ROOT);
    Matcher range = Pattern.compile("(\\d+)\\s*[–-]\\s*(\\d+)").matcher(g);
    if (range.matches()) {
      int a = Integer.parseInt(range.group(1));
      int b = Integer.parseInt(range.group(2));
      for (int n = a; n <= Math.min(b, a + 20); n++) {
        out.add(n);
      }
      return out;
    }
    for (String p : g.split("[,;\\s]+")) {
      if (!p.isBlank()) {
        out.add(Integer.parseInt(p.strip()));
      }
    }
    return out;
  }
}
