package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * A {@link PassageView} over one acquired Lucene searcher: one commit for every request of a
 * search. Passage keys map to doc ids inside the view only (doc ids change with merges and
 * commits). Not thread-safe.
 */
final class LuceneView implements PassageView {
  private static final Set<String> ORDINAL_ONLY = Set.of(ORDINAL);

  /** Words shorter than this are left as typed: one slip turns a short word into another word. */
  private static final int MIN_SPELLED = 5;

  /**
   * Longer terms are no typos of a word, and each costs a fuzzy walk of the whole term dictionary
   * (review 56: a 1,999-letter word cost 370–490 ms in the checker, whose own limit is none).
   */
  private static final int MAX_SPELLED = 24;

  /** At most this many words of a question are spell-checked (a pasted text is no question). */
  private static final int MAX_CHECKED = 8;

  /**
   * One slip (a letter added, dropped, changed, or two swapped), the first letter as typed: what
   * people mistype ("Ukriane", "Puttin") without reading one real word as another. Configured once,
   * then only read, as Solr shares its own.
   */
  private static final DirectSpellChecker SPELLER = speller();

  private final IndexSearcher searcher;
  private final Map<Integer, PassageKey> keys = new HashMap<>();
  private final Map<PassageKey, Integer> docs = new HashMap<>();

  LuceneView(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  private static DirectSpellChecker speller() {
    DirectSpellChecker s = new DirectSpellChecker();
    s.setMaxEdits(1);
    s.setMinPrefix(1);
    s.setMinQueryLength(MIN_SPELLED);
    s.setMaxQueryLength(MAX_SPELLED);
    return s;
  }

  @Override
  public Set<String> spelled(Set<String> terms) throws IOException {
    Set<String> out = new LinkedHashSet<>(terms);
    int checked = 0;
    for (String t : terms) {
      if (checked >= MAX_CHECKED || out.size() >= QueryTerms.MAX_TERMS) {
        break;
      }
      Term term = new Term(TEXT, t);
      if (t.length() < MIN_SPELLED
          || t.length() > MAX_SPELLED
          || !t.chars().allMatch(Character::isLetter)
          || searcher.getIndexReader().docFreq(term) > 0) {
        continue;
      }
      checked++;
      for (SuggestWord near :
          SPELLER.suggestSimilar(
              term, 1, searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
        // "she'd" for "sheed": a contraction is no reading of a word
        if (near.string.chars().allMatch(Character::isLetter)) {
          out.add(near.string);
        }
      }
    }
    return out;
  }

  @Override
  public Map<String, String> meta() throws IOException {
    return CorpusIndex.servedData(searcher);
  }

  @Override
  public List<Scored<PassageKey>> passagesByWords(Set<String> terms, TimeScope scope, int k)
      throws IOException {
    if (terms.isEmpty() || k <= 0) {
      return List.of();
    }
    Query q =
        Filters.filtered(
            QueryTerms.disjunction(terms, PASSAGE_FIELDS), Filters.of(TYPE_PASSAGE, scope));
    return passages(searcher.search(q, k));
  }

  @Override
  public List<Scored<String>> articlesByWords(Set<String> terms, TimeScope scope, int k)
      throws IOException {
    if (terms.isEmpty() || k <= 0) {
      return List.of();
    }
    Query q =
        Filters.filtered(
            QueryTerms.disjunction(terms, ARTICLE_FIELDS), Filters.of(TYPE_ARTICLE, scope));
    ScoreDoc[] top = searcher.search(q, k).scoreDocs;
    DocFacts facts = DocFacts.read(searcher, Arrays.stream(top).map(sd -> sd.doc).toList());
    List<Scored<String>> out = new ArrayList<>(top.length);
    for (ScoreDoc sd : top) {
      out.add(new Scored<>(facts.articleId(sd.doc), sd.score));
    }
    return out;
  }

  @Override
  public List<Scored<PassageKey>> nearest(float[] vector, TimeScope scope, int k)
      throws IOException {
    if (k <= 0) {
      return List.of();
    }
    Query q = new KnnFloatVectorQuery(VECTOR, vector, k, Filters.of(TYPE_PASSAGE, scope));
    return passages(searcher.search(q, k));
  }

  @Override
  public Map<PassageKey, PassageFacts> facts(Collection<PassageKey> wanted, float[] query)
      throws IOException {
    List<Integer> found = new ArrayList<>();
    for (PassageKey key : wanted) {
      Integer doc = docOf(key);
      if (doc != null) {
        found.add(doc);
      }
    }
    DocFacts facts = DocFacts.read(searcher, found, query);
    Map<PassageKey, PassageFacts> out = new HashMap<>();
    for (int doc : found) {
      out.put(
          keys.get(doc), new PassageFacts(facts.cluster(doc), facts.date(doc), facts.cosine(doc)));
    }
    return out;
  }

  @Override
  public List<PassageHit> hits(List<Chosen> chosen) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<PassageHit> out = new ArrayList<>(chosen.size());
    for (Chosen c : chosen) {
      Integer doc = docOf(c.key());
      if (doc == null) {
        continue; // not in this view: gone with a commit the keys did not come from
      }
      Document d = stored.document(doc);
      out.add(
          new PassageHit(
              Documents.passage(d),
              Documents.info(d),
              c.score(),
              c.similarity(),
              DocFacts.sentences(searcher, doc)));
    }
    return out;
  }

  @Override
  public Set<String> unreachable() {
    return Set.of();
  }

  /** The passages of a ranking as keys, best first. */
  private List<Scored<PassageKey>> passages(TopDocs top) throws IOException {
    register(Arrays.stream(top.scoreDocs).map(sd -> sd.doc).toList());
    List<Scored<PassageKey>> out = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      out.add(new Scored<>(keys.get(sd.doc), sd.score));
    }
    return out;
  }

  /**
   * Learns the keys of passage documents: the article id and the ordinal from doc values, the
   * ordinal of a passage indexed before it had one from stored fields (a read decompresses one
   * block, in doc id order).
   */
  private void register(List<Integer> found) throws IOException {
    List<Integer> unknown =
        found.stream().filter(doc -> !keys.containsKey(doc)).distinct().sorted().toList();
    if (unknown.isEmpty()) {
      return;
    }
    DocFacts facts = DocFacts.read(searcher, unknown);
    StoredFields stored = null;
    for (int doc : unknown) {
      Integer ordinal = facts.ordinal(doc);
      if (ordinal == null) {
        stored = stored == null ? searcher.storedFields() : stored;
        ordinal = stored.document(doc, ORDINAL_ONLY).getField(ORDINAL).numericValue().intValue();
      }
      PassageKey key = new PassageKey(facts.articleId(doc), ordinal);
      keys.put(doc, key);
      docs.put(key, doc);
    }
  }

  /** The doc id of a passage in this view, or null when it has none. */
  private Integer docOf(PassageKey key) throws IOException {
    if (!docs.containsKey(key)) {
      Query q =
          Filters.filtered(
              new TermQuery(new Term(ARTICLE_ID, key.articleId())),
              new TermQuery(new Term(TYPE, TYPE_PASSAGE)));
      int n = Math.max(1, searcher.count(q));
      register(Arrays.stream(searcher.search(q, n).scoreDocs).map(sd -> sd.doc).toList());
    }
    return docs.get(key);
  }
}
