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
 * score; the best passage cosine is computed for those that can still reach the threshold, and for
 * the others only when a vector alone can (then only for follows near the article's mean vector).
 * People: contacts by participant, then mentions. Thread-safe (all state per call).
 */
final class FollowSet implements Matching.Matcher {
  private final CompiledFollows follows;
  private final MatchTuning tuning;
  private final Analyzer analyzer;
  private final EvidencePicker evidence;

  FollowSet(
      CompiledFollows follows, MatchTuning tuning, Analyzer analyzer, EvidencePicker evidence) {
    this.follows = follows;
    this.tuning = tuning;
    this.analyzer = analyzer;
    this.evidence = evidence;
  }

  @Override
  public List<Match> match(FreshArticle article) {
    List<Match> out = new ArrayList<>();
    topics(article, out);
    people(article, out);
    out.sort(Comparator.comparingDouble(Match::score).reversed());
    return out;
  }

  private void topics(FreshArticle article, List<Match> out) {
    if (follows.topics.isEmpty()) {
      return;
    }
    double[] lexical = lexical(ArticleTerms.of(article.article(), analyzer));
    List<float[]> vectors = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    for (FreshArticle.Vectored v : article.passages()) {
      if (v.vector() != null && v.vector().length == follows.dimension) {
        vectors.add(v.vector());
        spans.add(new Span(v.passage().start(), v.passage().end()));
      }
    }
    double a = tuning.lexicalWeight();
    boolean vectorAlone = 1 - a >= tuning.topicThreshold() && !vectors.isEmpty();
    float[] mean = vectorAlone ? mean(vectors) : null;
    for (int i = 0; i < lexical.length; i++) {
      CompiledFollows.Topic t = follows.topics.get(i);
      double lex = lexical[i];
      boolean worth =
          lex > 0
              ? a * lex + (1 - a) >= tuning.topicThreshold()
              : vectorAlone && t.row() >= 0 && follows.dot(t.row(), mean) >= tuning.vectorFloor();
      if (!worth) {
        continue;
      }
      int best = -1;
      double cosine = 0;
      for (int p = 0; t.row() >= 0 && p < vectors.size(); p++) {
        double c = follows.dot(t.row(), vectors.get(p));
        if (best < 0 || c > cosine) {
          best = p;
          cosine = c;
        }
      }
      double score = a * lex + (1 - a) * Math.max(0, cosine);
      if (score >= tuning.topicThreshold()) {
        Span near = best >= 0 ? spans.get(best) : new Span(0, article.article().text().length());
        List<Span> why = evidence.topic(article.article().text(), t.weights(), near);
        out.add(new Match(t.follow(), article.id(), score, why, null));
      }
    }
  }

  /** Each topic's BM25 score on the article over the score of an article holding all its terms. */
  private double[] lexical(ArticleTerms terms) {
    double[] score = new double[follows.topics.size()];
    double lengthNorm =
        tuning.k1() * (1 - tuning.b() + tuning.b() * terms.length() / tuning.referenceLength());
    for (String t : terms.terms()) {
      int[] ordinals = follows.postings.get(t);
      if (ordinals == null) {
        continue;
      }
      int tf = terms.bodyFrequency(t);
      double saturation = terms.inTitle(t) ? 1 : tf / (tf + lengthNorm);
      float[] weights = follows.postingWeights.get(t);
      for (int i = 0; i < ordinals.length; i++) {
        score[ordinals[i]] += weights[i] * saturation;
      }
    }
    for (int i = 0; i < score.length; i++) {
      double norm = follows.topics.get(i).norm();
      score[i] = norm > 0 ? score[i] / norm : 0;
    }
    return score;
  }

  private static float[] mean(List<float[]> vectors) {
    float[] m = new float[vectors.get(0).length];
    for (float[] v : vectors) {
      for (int i = 0; i < m.length; i++) {
        m[i] += v[i];
      }
    }
    double norm = 0;
    for (float x : m) {
      norm += x * x;
    }
    float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
    for (int i = 0; i < m.length; i++) {
      m[i] *= scale;
    }
    return m;
  }

  private void people(FreshArticle article, List<Match> out) {
    if (follows.people.isEmpty()) {
      return;
    }
    Article a = article.article();
    List<ContactEvent> contacts = contacts(article);
    Set<String> words = new HashSet<>(Names.words(a.title() + " " + a.text()));
    contacts.forEach(e -> e.participants().forEach(p -> words.addAll(Names.words(p.name()))));
    for (String w : words) {
      for (CompiledFollows.People p : follows.people.getOrDefault(w, List.of())) {
        Match m = person(p, a, contacts);
        if (m != null) {
          out.add(m);
        }
      }
    }
  }

  private Match person(CompiledFollows.People p, Article a, List<ContactEvent> contacts) {
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
    boolean titled = a.title() != null && !Names.mentions(a.title(), p.mention()).isEmpty();
    int mentions = Names.mentions(a.text(), p.mention()).size();
    if (!titled && mentions < tuning.personMentions()) {
      return null;
    }
    double score = Math.min(1, (titled ? 0.5 : 0) + 0.5 * mentions / tuning.personMentions());
    return new Match(p.follow(), a.id(), score, evidence.person(a.text(), p.mention()), null);
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
