package org.corpusbot.follows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Span;
import org.corpusbot.meetings.ContactAnnotator;
import org.corpusbot.meetings.ContactEvent;
import org.corpusbot.meetings.ContactStore;
import org.corpusbot.retrieval.Annotation;
import org.corpusbot.retrieval.FreshArticle;

/**
 * A fixed set of follows matching one article at a time. Topics: the article's terms (from its
 * {@code MemoryIndex}) walk the inverted map, so only topics sharing a word with it get a lexical
 * score; the best passage cosine is computed only for those that can still reach the threshold (an
 * exact bound: a follow's cosine with any passage is at most its dot product with the passages'
 * mean plus the passages' largest distance from that mean). Follows without a shared word are
 * looked at only when a vector alone can clear the threshold, and then only those near the
 * article's mean vector. People: contacts by participant, then mentions. Thread-safe.
 */
final class FollowSet implements Matching.Matcher {
  private final CompiledFollows follows;
  private final MatchTuning tuning;
  private final Analyzer analyzer;

  FollowSet(CompiledFollows follows, MatchTuning tuning, Analyzer analyzer) {
    this.follows = follows;
    this.tuning = tuning;
    this.analyzer = analyzer;
  }

  @Override
  public List<Match> match(FreshArticle article) {
    List<Match> out = new ArrayList<>();
    ArticleTerms terms =
        follows.topics.isEmpty() ? null : ArticleTerms.of(article.article(), analyzer);
    EvidencePicker evidence =
        new EvidencePicker(article.article().text(), terms, tuning.prefixCredit() > 0);
    if (terms != null) {
      topics(article, terms, evidence, out);
    }
    people(article, evidence, out);
    out.sort(Comparator.comparingDouble(Match::score).reversed());
    return out;
  }

  private void topics(
      FreshArticle article, ArticleTerms terms, EvidencePicker evidence, List<Match> out) {
    double[] lexical = lexical(terms);
    PassageVectors passages = PassageVectors.of(article, follows.dimension);
    double a = tuning.lexicalWeight();
    double threshold = tuning.topicThreshold();
    boolean vectorAlone = 1 - a >= threshold && !passages.isEmpty();
    for (int i = 0; i < lexical.length; i++) {
      double lex = lexical[i];
      if ((lex == 0 ? !vectorAlone : lex < tuning.lexicalFloor())
          || a * lex + (1 - a) < threshold) {
        continue;
      }
      CompiledFollows.Topic t = follows.topics.get(i);
      double near = t.row() < 0 || passages.isEmpty() ? 0 : follows.dot(t.row(), passages.mean());
      if (lex == 0 && near < tuning.vectorFloor()
          || a * lex + (1 - a) * Math.min(1, near + passages.radius()) < threshold) {
        continue;
      }
      int best = passages.best(follows, t.row());
      double cosine = best < 0 ? 0 : follows.dot(t.row(), passages.vector(best));
      double score = a * lex + (1 - a) * Math.max(0, cosine);
      if (score >= threshold) {
        Span at = best >= 0 ? passages.span(best) : new Span(0, article.article().text().length());
        out.add(new Match(t.follow(), article.id(), score, evidence.topic(t.weights(), at), null));
      }
    }
  }

  /** Each topic's BM25 score on the article over the score of an article holding all its terms. */
  private double[] lexical(ArticleTerms terms) {
    double[] score = new double[follows.topics.size()];
    double lengthNorm =
        tuning.k1() * (1 - tuning.b() + tuning.b() * terms.length() / tuning.referenceLength());
    for (String t : terms.terms()) {
      add(score, t, saturation(terms, t, lengthNorm));
    }
    if (tuning.prefixCredit() > 0) {
      for (var p : terms.prefixes().entrySet()) {
        if (follows.postings.containsKey(p.getKey())) {
          double best = 0;
          for (String t : p.getValue()) {
            best = Math.max(best, saturation(terms, t, lengthNorm));
          }
          add(score, p.getKey(), tuning.prefixCredit() * best);
        }
      }
    }
    return score;
  }

  private static double saturation(ArticleTerms terms, String t, double lengthNorm) {
    int tf = terms.bodyFrequency(t);
    return terms.inTitle(t) ? 1 : tf / (tf + lengthNorm);
  }

  private void add(double[] score, String term, double saturation) {
    int[] ordinals = follows.postings.get(term);
    if (ordinals == null) {
      return;
    }
    float[] weights = follows.postingWeights.get(term);
    for (int i = 0; i < ordinals.length; i++) {
      score[ordinals[i]] += weights[i] * saturation / follows.topics.get(ordinals[i]).norm();
    }
  }

  private void people(FreshArticle article, EvidencePicker evidence, List<Match> out) {
    if (follows.people.isEmpty()) {
      return;
    }
    Article a = article.article();
    List<ContactEvent> contacts = contacts(article);
    Set<String> words = new HashSet<>(Names.words(a.title() + " " + a.text()));
    contacts.forEach(e -> e.participants().forEach(p -> words.addAll(Names.words(p.name()))));
    for (String w : words) {
      for (CompiledFollows.People p : follows.people.getOrDefault(w, List.of())) {
        Match m = person(p, a, contacts, evidence);
        if (m != null) {
          out.add(m);
        }
      }
    }
  }

  private Match person(
      CompiledFollows.People p, Article a, List<ContactEvent> contacts, EvidencePicker evidence) {
    boolean pair = p.follow().kind() == Follow.Kind.PAIR;
    for (ContactEvent e : contacts) {
      boolean hit =
          pair
              ? Names.pairs(e, p.keys().get(0), p.keys().get(1))
              : Names.involves(e, p.keys().get(0));
      if (hit && e.end() <= a.text().length()) {
        return new Match(p.follow(), a.id(), 1, List.of(new Span(e.start(), e.end())), e);
      }
    }
    if (pair) {
      return null;
    }
    if (!wholeNameIn(a, p.follow().people().get(0))) {
      return null; // "Theresa May" is not "Prices rise in May"
    }
    boolean titled = a.title() != null && !Names.mentions(a.title(), p.mention()).isEmpty();
    int mentions = Names.mentions(a.text(), p.mention()).size();
    if (!titled && mentions < tuning.personMentions()) {
      return null;
    }
    double score = Math.min(1, (titled ? 0.5 : 0) + 0.5 * mentions / tuning.personMentions());
    return new Match(p.follow(), a.id(), score, evidence.person(p.mention()), null);
  }

  /** A name of several words must occur whole, in the title or the text, at least once. */
  private static boolean wholeNameIn(Article a, String name) {
    if (!name.strip().contains(" ")) {
      return true;
    }
    java.util.regex.Pattern whole =
        java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}])"
                + java.util.regex.Pattern.quote(name.strip())
                + "(?![\\p{L}\\p{N}])");
    return (a.title() != null && whole.matcher(a.title()).find()) || whole.matcher(a.text()).find();
  }

  private static List<ContactEvent> contacts(FreshArticle article) {
    List<ContactEvent> out = new ArrayList<>();
    for (Annotation an : article.annotations()) {
      if (ContactAnnotator.KIND.equals(an.kind())) {
        out.add(ContactStore.event(an.payload()));
      }
    }
    return out;
  }
}
