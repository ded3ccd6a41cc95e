package org.corpusbot.retrieval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corpusbot.corpus.Article;
import org.corpusbot.retrieval.DupTable.Entry;

/**
 * Decides, for the articles of a run, which are served and which only repeat a served one.
 *
 * <ul>
 *   <li>The same text (case and whitespace aside) under two ids: the first to arrive is served
 *       (within one run: in the corpus's order).
 *   <li>The same canonical URL under two ids: the newer version is served (later date; the same
 *       date: the later arrival; then the greater id), the older one is not.
 *   <li>A near-duplicate (MinHash similarity at least {@link Fingerprint#NEAR}) is served too, in
 *       the cluster of its nearest served article; answers collapse a cluster to its best-ranked
 *       member.
 * </ul>
 *
 * Every choice follows a fixed order over what is indexed, so a full re-sync changes nothing and a
 * rebuild (which carries arrivals over) chooses the same. A duplicate whose served article goes
 * (its file deleted) or changes is decided again: the next in order is served. Not thread-safe.
 */
final class Duplicates {
  static final double NEAR = Fingerprint.NEAR;

  /** What to serve (with its stamp), what to store as a duplicate, and the final entries. */
  /**
   * What to serve (with its stamp), what to store as a duplicate, the final entries, and the served
   * articles that replaced an older version of their URL under another id.
   */
  record Plan(
      List<Article> serve,
      List<Copy> copies,
      Map<String, Stamp> stamps,
      DupTable table,
      Set<String> replacing) {}

  /** The copy keys, cluster and arrival of an article to write. */
  record Stamp(Fingerprint fp, String cluster, long arrival) {}

  /** An article stored as a duplicate of {@code sameAs}. */
  record Copy(Article article, String sameAs, Stamp stamp) {}

  private static final Comparator<Entry> FIRST_TEXT =
      Comparator.comparingLong(Entry::arrival)
          .thenComparing(Entry::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Entry::id);
  private static final Comparator<Entry> NEWEST_URL =
      Comparator.comparing(Entry::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
          .thenComparingLong(Entry::arrival)
          .thenComparing(Entry::id);

  private final DupTable table;
  private final double near;
  private final Map<String, Entry> before = new HashMap<>();
  private final Map<String, Article> articles = new HashMap<>();
  private final Set<String> replacing = new HashSet<>();

  Duplicates(DupTable table, double near) {
    this.table = table;
    this.near = near;
  }

  /**
   * Plans a run: {@code removed} go, {@code todo} (new or changed) are decided in order, then every
   * duplicate whose served article went, changed or became a duplicate is decided again.
   *
   * @param arrivals arrivals to keep by id (a rebuild's); other articles arrive now, in order
   */
  Plan plan(Collection<String> removed, List<Article> todo, Map<String, Long> arrivals) {
    for (String id : removed) {
      touch(id);
      table.remove(id);
    }
    Set<String> again = new TreeSet<>();
    for (Article a : todo) {
      touch(a.id());
      again.addAll(table.copiesOf(a.id()));
      table.remove(a.id());
      articles.put(a.id(), a);
    }
    for (Article a : todo) {
      Long kept = arrivals.get(a.id());
      decide(a, kept != null ? kept : table.nextArrival());
    }
    int rounds = 0;
    again.addAll(table.orphans());
    while (!again.isEmpty()) {
      if (++rounds > 1_000) {
        throw new IllegalStateException("duplicate decisions do not settle: " + again);
      }
      for (String id : again) {
        Entry e = table.get(id);
        if (e != null && !e.served()) {
          table.remove(id);
          decide(article(id), e.arrival());
        }
      }
      again = new TreeSet<>(table.orphans());
    }
    return written(todo);
  }

  private void decide(Article a, long arrival) {
    Fingerprint fp = Fingerprint.of(a);
    Entry self = new Entry(a.id(), fp, a.date(), arrival, null, null);
    String cluster = null;
    for (Entry s : table.sameText(fp.textKey(), a.id())) {
      if (!s.close(a.date())) {
        continue; // a template repeated weeks later: another story (it may still be linked)
      }
      if (FIRST_TEXT.compare(s, self) < 0) {
        table.put(withDupOf(self, s.id()));
        return;
      }
      cluster = displace(s, a.id());
    }
    for (Entry s : table.sameUrl(fp.urlKey(), a.id())) {
      if (NEWEST_URL.compare(s, self) > 0) {
        table.put(withDupOf(self, s.id()));
        return;
      }
      cluster = displace(s, a.id());
      replacing.add(a.id());
    }
    if (cluster == null) {
      Entry nearest = table.nearest(fp, a.date(), a.id(), near);
      cluster = nearest == null ? a.id() : nearest.cluster();
    }
    table.put(new Entry(a.id(), fp, a.date(), arrival, cluster, null));
  }

  /** {@code s} becomes a duplicate of {@code by}, which takes its cluster. */
  private String displace(Entry s, String by) {
    touch(s.id());
    table.put(withDupOf(s, by));
    return s.cluster();
  }

  private static Entry withDupOf(Entry e, String dupOf) {
    return new Entry(e.id(), e.fp(), e.date(), e.arrival(), null, dupOf);
  }

  private void touch(String id) {
    if (!before.containsKey(id)) {
      before.put(id, table.get(id));
    }
  }

  private Article article(String id) {
    touch(id);
    return articles.computeIfAbsent(id, table::indexed);
  }

  /** What must be written: entries whose state differs from the index's, todo first. */
  private Plan written(List<Article> todo) {
    Set<String> ids = new LinkedHashSet<>();
    todo.forEach(a -> ids.add(a.id()));
    ids.addAll(new TreeSet<>(before.keySet()));
    Set<String> fresh = new HashSet<>();
    todo.forEach(a -> fresh.add(a.id()));
    List<Article> serve = new ArrayList<>();
    List<Copy> copies = new ArrayList<>();
    Map<String, Stamp> stamps = new LinkedHashMap<>();
    for (String id : ids) {
      Entry now = table.get(id);
      Entry was = before.get(id);
      if (now == null || (!fresh.contains(id) && unchanged(now, was))) {
        continue;
      }
      Stamp stamp = new Stamp(now.fp(), now.cluster(), now.arrival());
      stamps.put(id, stamp);
      if (now.served()) {
        serve.add(article(id));
      } else {
        copies.add(new Copy(article(id), now.dupOf(), stamp));
      }
    }
    return new Plan(serve, copies, stamps, table, replacing);
  }

  /** A duplicate decided again that repeats the same article as before needs no writing. */
  private static boolean unchanged(Entry now, Entry was) {
    return was != null && !now.served() && !was.served() && now.dupOf().equals(was.dupOf());
  }
}
