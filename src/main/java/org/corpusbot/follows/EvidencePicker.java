package org.corpusbot.follows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corpusbot.corpus.BoilerplateSentences;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.corpus.Span;

/**
 * The one or two sentences of an article that show why it matched ("why did I get this?"): for a
 * topic, the sentences holding the most weight of the follow's terms (a second one only when it
 * adds a term the first lacks), found by the terms' offsets in the article's {@code MemoryIndex};
 * for a person, the first sentences naming them. Captions, credits, bylines and headings are
 * skipped while another sentence qualifies. Spans are offsets in the article's text, in text order.
 * One instance per article, its sentences split on the first match and shared by the others. Not
 * thread-safe.
 */
final class EvidencePicker {
  /** A caption or credit line, a "Read more" link, or a heading without closing punctuation. */
  private static final Pattern NOT_STORY =
      Pattern.compile(
          "(?i)^(?:photo|image|video|caption|file photo|watch|read|related|see also)\\s*:"
              + "|\\bgetty images\\b|\\bap photo\\b|/ ?(?:ap|afp|reuters|getty)\\)?\\s*$"
              + "|[^.!?…\"”’')\\]]\\s*$");

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private final String text;
  private final ArticleTerms terms;
  private final boolean prefixes;
  private List<Span> sentences;
  private int[] starts;
  private final Map<Integer, Boolean> story = new HashMap<>();

  /** {@code prefixes}: a follow's word also shows the longer words it starts (when they count). */
  EvidencePicker(String text, ArticleTerms terms, boolean prefixes) {
    this.text = text;
    this.terms = terms;
    this.prefixes = prefixes;
  }

  /**
   * Sentences carrying {@code weights}' terms; when none does (a match by meaning alone), the first
   * story sentence of {@code fallback} (the passage closest to the follow).
   */
  List<Span> topic(Map<String, Double> weights, Span fallback) {
    Map<Integer, Scored> bySentence = new HashMap<>();
    for (Map.Entry<String, Double> w : weights.entrySet()) {
      for (int offset : terms == null ? new int[0] : terms.offsets(w.getKey(), prefixes)) {
        int s = sentenceAt(offset);
        if (s >= 0) {
          bySentence.computeIfAbsent(s, k -> new Scored(sentences.get(k))).add(w);
        }
      }
    }
    List<Scored> scored = new ArrayList<>(bySentence.values());
    List<Scored> stories =
        scored.stream().filter(x -> isStory(sentenceAt(x.span.start()))).toList();
    scored = stories.isEmpty() ? scored : new ArrayList<>(stories);
    if (scored.isEmpty()) {
      return firstWithin(fallback);
    }
    scored.sort(
        Comparator.comparingDouble(Scored::weight)
            .reversed()
            .thenComparingInt(x -> x.span.start()));
    Scored best = scored.get(0);
    for (Scored next : scored.subList(1, scored.size())) {
      if (!best.terms.containsAll(next.terms)) {
        return ordered(best.span, next.span);
      }
    }
    return List.of(best.span);
  }

  /**
   * The first one or two story sentences naming the person ({@code name}: a {@link Names#pattern}).
   */
  List<Span> person(Pattern name) {
    List<Span> out = new ArrayList<>();
    List<Span> any = new ArrayList<>();
    for (int offset : Names.mentions(text, name)) {
      int s = sentenceAt(offset);
      Span span = s >= 0 ? sentences.get(s) : null;
      if (span != null && !any.contains(span)) {
        any.add(span);
        if (isStory(s) && out.size() < 2) {
          out.add(span);
        }
      }
    }
    List<Span> shown = out.isEmpty() ? any.subList(0, Math.min(2, any.size())) : out;
    return shown.isEmpty() ? firstWithin(new Span(0, text.length())) : shown;
  }

  /** The sentence holding {@code offset}, or -1 when it falls between sentences. */
  private int sentenceAt(int offset) {
    if (sentences == null) {
      sentences = SPLITTER.split(text);
      starts = sentences.stream().mapToInt(Span::start).toArray();
    }
    int i = java.util.Arrays.binarySearch(starts, offset);
    int s = i >= 0 ? i : -i - 2;
    return s >= 0 && offset < sentences.get(s).end() ? s : -1;
  }

  private boolean isStory(int s) {
    return story.computeIfAbsent(
        s,
        k -> {
          String sentence = sentences.get(k).of(text);
          return !BoilerplateSentences.isBoilerplate(sentence)
              && !NOT_STORY.matcher(sentence).find();
        });
  }

  /** The first story sentence overlapping {@code within}, else its first sentence at all. */
  private List<Span> firstWithin(Span within) {
    sentenceAt(0);
    Span first = null;
    for (int s = 0; s < sentences.size(); s++) {
      Span span = sentences.get(s);
      if (span.end() > within.start() && span.start() < within.end()) {
        if (isStory(s)) {
          return List.of(span);
        }
        first = first == null ? span : first;
      }
    }
    return List.of(first != null ? first : sentences.get(0));
  }

  private static List<Span> ordered(Span a, Span b) {
    return a.start() < b.start() ? List.of(a, b) : List.of(b, a);
  }

  private static final class Scored {
    final Span span;
    final Set<String> terms = new HashSet<>();
    double weight;

    Scored(Span span) {
      this.span = span;
    }

    void add(Map.Entry<String, Double> w) {
      if (terms.add(w.getKey())) {
        weight += w.getValue();
      }
    }

    double weight() {
      return weight;
    }
  }
}
