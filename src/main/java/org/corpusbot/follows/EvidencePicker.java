package org.corpusbot.follows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corpusbot.corpus.BoilerplateSentences;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.corpus.Span;
import org.corpusbot.retrieval.QueryTerms;

/**
 * The one or two sentences of an article that show why it matched ("why did I get this?"): for a
 * topic, the sentences holding the most weight of the follow's terms (a second one only when it
 * adds a term the first lacks); for a person, the first sentences naming them. Captions, credits,
 * bylines and headings are skipped while another sentence qualifies. Spans are offsets in the
 * article's text, in text order. Only matched articles get here, so the cost (analysing each
 * sentence) is paid per alert, not per follow. Thread-safe.
 */
final class EvidencePicker {
  /** A caption or credit line, a "Read more" link, or a heading without closing punctuation. */
  private static final Pattern NOT_STORY =
      Pattern.compile(
          "(?i)^(?:photo|image|video|caption|file photo|watch|read|related|see also)\\s*:"
              + "|\\bgetty images\\b|\\bap photo\\b|/ ?(?:ap|afp|reuters|getty)\\)?\\s*$"
              + "|[^.!?…\"”’')\\]]\\s*$");

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final QueryTerms analysis;

  EvidencePicker(QueryTerms analysis) {
    this.analysis = analysis;
  }

  /**
   * Sentences carrying {@code weights}' terms; when none does (a match by meaning alone), the first
   * story sentence of {@code fallback} (the passage closest to the follow).
   */
  List<Span> topic(String text, Map<String, Double> weights, Span fallback) {
    List<Scored> scored = new ArrayList<>();
    for (Span s : stories(text)) {
      Set<String> held = new HashSet<>(analysis.terms(s.of(text)));
      held.retainAll(weights.keySet());
      double w = held.stream().mapToDouble(weights::get).sum();
      if (w > 0) {
        scored.add(new Scored(s, held, w));
      }
    }
    if (scored.isEmpty()) {
      return firstWithin(text, fallback);
    }
    scored.sort(Comparator.comparingDouble(Scored::weight).reversed());
    Scored best = scored.get(0);
    for (Scored next : scored.subList(1, scored.size())) {
      if (!best.terms().containsAll(next.terms())) {
        return ordered(best.span(), next.span());
      }
    }
    return List.of(best.span());
  }

  /**
   * The first one or two story sentences that name the person ({@code name} a {@link
   * Names#pattern}).
   */
  List<Span> person(String text, Pattern name) {
    List<Span> out = new ArrayList<>();
    for (Span s : stories(text)) {
      if (!Names.mentions(s.of(text), name).isEmpty() && out.size() < 2) {
        out.add(s);
      }
    }
    return out.isEmpty() ? firstWithin(text, new Span(0, text.length())) : out;
  }

  /** Story sentences, or every sentence when the article has no other kind. */
  private List<Span> stories(String text) {
    List<Span> all = splitter.split(text);
    List<Span> story = all.stream().filter(s -> isStory(s.of(text))).toList();
    return story.isEmpty() ? all : story;
  }

  private static boolean isStory(String sentence) {
    return !BoilerplateSentences.isBoilerplate(sentence) && !NOT_STORY.matcher(sentence).find();
  }

  private List<Span> firstWithin(String text, Span within) {
    for (Span s : stories(text)) {
      if (s.end() > within.start() && s.start() < within.end()) {
        return List.of(s);
      }
    }
    return List.of(stories(text).get(0));
  }

  private static List<Span> ordered(Span a, Span b) {
    return a.start() < b.start() ? List.of(a, b) : List.of(b, a);
  }

  private record Scored(Span span, Set<String> terms, double weight) {}
}
