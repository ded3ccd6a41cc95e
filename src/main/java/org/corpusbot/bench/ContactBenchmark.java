package org.corpusbot.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.CorpusLoader;
import org.corpusbot.corpus.JsonFields;
import org.corpusbot.meetings.ContactEvent;
import org.corpusbot.meetings.Participant;

/**
 * Scores contact extraction against a labelled set, split by split: named pairs only (a pair with a
 * participant the text only describes is neither right nor wrong here), as the README's "Who met
 * whom" section defines.
 */
public final class ContactBenchmark {
  private final Function<Article, List<ContactEvent>> extractor;

  public ContactBenchmark(Function<Article, List<ContactEvent>> extractor) {
    this.extractor = extractor;
  }

  /** One article's outcome. */
  public record Outcome(
      String id,
      String split,
      List<NamePairs.Pair> want,
      List<NamePairs.Pair> got,
      List<NamePairs.Pair> crowd) {
    public ContactScore score() {
      return ContactScore.of(want, got);
    }

    /** The score with the pairs of crowds left out of both sides. */
    public ContactScore withoutCrowds() {
      return ContactScore.of(without(want), without(got));
    }

    private List<NamePairs.Pair> without(List<NamePairs.Pair> pairs) {
      return pairs.stream()
          .filter(p -> crowd.stream().noneMatch(c -> NamePairs.matches(c, p)))
          .toList();
    }
  }

  /** The labelled articles of a corpus file, by id (a large file is read once, kept in part). */
  public static Map<String, Article> articles(
      Path file, Map<String, ContactLabels.Labelled> labels) {
    Map<String, Article> out = new HashMap<>();
    CorpusLoader.standard(JsonFields.defaults())
        .load(
            file,
            a -> {
              if (labels.containsKey(a.id())) {
                out.put(a.id(), a);
              }
            });
    return out;
  }

  public List<Outcome> run(
      Map<String, ContactLabels.Labelled> labels, Map<String, Article> articles) {
    List<Outcome> out = new ArrayList<>();
    for (ContactLabels.Labelled l : labels.values()) {
      Article a = articles.get(l.id());
      if (a == null) {
        throw new IllegalStateException(
            "labelled article " + l.id() + " is not in the articles file");
      }
      out.add(
          new Outcome(
              l.id(), l.split(), l.pairs(), namedPairs(extractor.apply(a)), l.crowdPairs()));
    }
    return out;
  }

  /** The score per split, in the order splits first appear. */
  public static Map<String, ContactScore> bySplit(List<Outcome> outcomes) {
    return bySplit(outcomes, Outcome::score);
  }

  /** A score of each outcome ({@link Outcome#score}, {@link Outcome#withoutCrowds}) per split. */
  public static Map<String, ContactScore> bySplit(
      List<Outcome> outcomes, Function<Outcome, ContactScore> score) {
    Map<String, ContactScore> out = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      out.merge(o.split(), score.apply(o), ContactScore::plus);
    }
    return out;
  }

  static List<NamePairs.Pair> namedPairs(List<ContactEvent> events) {
    List<NamePairs.Pair> got = new ArrayList<>();
    for (ContactEvent ev : events) {
      for (List<Participant> p : ev.pairs()) {
        if (named(p.get(0)) && named(p.get(1))) {
          got.add(new NamePairs.Pair(p.get(0).name(), p.get(1).name()));
        }
      }
    }
    return NamePairs.distinct(got);
  }

  private static boolean named(Participant p) {
    return p.kind() != Participant.Kind.DESCRIBED;
  }
}
