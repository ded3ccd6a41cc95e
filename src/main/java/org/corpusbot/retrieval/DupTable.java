package org.corpusbot.retrieval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corpusbot.corpus.Article;

/**
 * The copy keys of the indexed articles as one run changes them: what the run decided, in memory,
 * over the last commit (a {@link CopyLookup}), or over nothing for a rebuild. An update holds only
 * what it decides; a rebuild holds every article (about 1 KB each with its band keys). Not
 * thread-safe.
 */
final class DupTable {
  /**
   * One indexed article: served ({@code dupOf} null) or a duplicate of the served {@code dupOf}.
   */
  record Entry(
      String id, Fingerprint fp, LocalDate date, long arrival, String cluster, String dupOf) {
    static Entry of(CopyEntry e) {
      return e == null
          ? null
          : new Entry(e.id(), e.fp(), e.date(), e.arrival(), e.cluster(), e.dupOf());
    }

    boolean served() {
      return dupOf == null;
    }

    /** Whether the two are dated close enough to be one story ({@link Fingerprint#DAYS}). */
    boolean close(LocalDate other) {
      return date == null
          || other == null
          || Math.abs(date.toEpochDay() - other.toEpochDay()) <= Fingerprint.DAYS;
    }
  }

  private final CopyLookup committed; // null for a rebuild
  private final CopyLookup lookup;
  private final Partition partition;

  /** Entries decided by this run; a null value: removed by it. */
  private final Map<String, Entry> decided = new HashMap<>();

  private final Map<String, Set<String>> byKey = new HashMap<>();
  private final Map<String, Set<String>> copies = new HashMap<>();
  private long lastArrival;

  private DupTable(CopyLookup lookup, boolean overCommit, Partition partition) {
    this.lookup = lookup;
    this.committed = overCommit ? lookup : null;
    this.partition = partition;
  }

  /**
   * The table of an update: this run's decisions over the last commit; new arrivals are those
   * {@code partition} gives, so that partitions indexing at once never give the same one.
   */
  static DupTable over(CopyLookup copies, Partition partition) {
    DupTable t = new DupTable(copies, true, partition);
    t.lastArrival = copies.lastArrival();
    return t;
  }

  /** The table of a rebuild: empty, its arrivals following those of the index it replaces. */
  static DupTable empty(CopyLookup copies, Partition partition) {
    DupTable t = new DupTable(copies, false, partition);
    t.lastArrival = copies.lastArrival();
    return t;
  }

  /** An indexed article, served or duplicate, as the last commit holds it; null when none. */
  Article indexed(String id) {
    return lookup.article(id);
  }

  /** Whether this run decided (or removed) {@code id}. */
  boolean decides(String id) {
    return decided.containsKey(id);
  }

  Entry get(String id) {
    if (decided.containsKey(id)) {
      return decided.get(id);
    }
    return committed == null ? null : Entry.of(committed.byId(id));
  }

  long nextArrival() {
    lastArrival = partition.nextArrival(lastArrival);
    return lastArrival;
  }

  void put(Entry e) {
    remove(e.id());
    decided.put(e.id(), e);
    lastArrival = Math.max(lastArrival, e.arrival());
    if (e.served()) {
      keys(e).forEach(k -> byKey.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(e.id()));
    } else {
      copies.computeIfAbsent(e.dupOf(), x -> new LinkedHashSet<>()).add(e.id());
    }
  }

  void remove(String id) {
    Entry e = decided.get(id);
    decided.put(id, null);
    if (e == null) {
      return;
    }
    if (e.served()) {
      keys(e).forEach(k -> drop(byKey, k, id));
    } else {
      drop(copies, e.dupOf(), id);
    }
  }

  /** The served articles with this normalised text, other than {@code id}. */
  List<Entry> sameText(String textKey, String id) {
    return served("t:" + textKey, committed == null ? null : committed.sameText(textKey), id);
  }

  /** The served articles with this canonical URL, other than {@code id}. */
  List<Entry> sameUrl(String urlKey, String id) {
    return urlKey == null
        ? List.of()
        : served("u:" + urlKey, committed == null ? null : committed.sameUrl(urlKey), id);
  }

  /**
   * The served article dated close to {@code date} most like {@code fp}, among those sharing an LSH
   * band with it, when its estimated similarity is at least {@code threshold}; ties: smaller id.
   */
  Entry nearest(Fingerprint fp, LocalDate date, String id, double threshold) {
    Map<String, Entry> candidates = new TreeMap<>();
    if (committed != null) {
      committed.banded(fp.bands()).stream()
          .filter(e -> !decided.containsKey(e.id()))
          .forEach(e -> candidates.put(e.id(), Entry.of(e)));
    }
    for (String band : fp.bands()) {
      for (String other : byKey.getOrDefault("b:" + band, Set.of())) {
        candidates.put(other, decided.get(other));
      }
    }
    Entry best = null;
    double bestSim = threshold;
    for (Entry e : candidates.values()) {
      if (e.id().equals(id) || !e.close(date)) {
        continue;
      }
      double sim = fp.similarity(e.fp());
      if (sim > bestSim || (best == null && sim >= bestSim)) {
        best = e;
        bestSim = sim;
      }
    }
    return best;
  }

  /** The duplicates of {@code id}, in id order. */
  List<String> copiesOf(String id) {
    Set<String> out = new TreeSet<>(copies.getOrDefault(id, Set.of()));
    if (committed != null) {
      for (CopyEntry e : committed.copiesOf(id)) {
        if (!decided.containsKey(e.id())) {
          out.add(e.id());
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The duplicates of articles this run took out of service (removed, or made duplicates). */
  List<String> orphans() {
    Set<String> out = new TreeSet<>();
    for (Map.Entry<String, Entry> e : new ArrayList<>(decided.entrySet())) {
      if (e.getValue() == null || !e.getValue().served()) {
        out.addAll(copiesOf(e.getKey()));
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The served entries with a key: this run's own, and the commit's that the run did not decide
   * again (a decided entry is in {@link #byKey} under the keys it has now, if served).
   */
  private List<Entry> served(String key, List<CopyEntry> inCommit, String id) {
    Map<String, Entry> out = new TreeMap<>();
    if (inCommit != null) {
      for (CopyEntry e : inCommit) {
        if (!decided.containsKey(e.id())) {
          out.put(e.id(), Entry.of(e));
        }
      }
    }
    for (String other : byKey.getOrDefault(key, Set.of())) {
      out.put(other, decided.get(other));
    }
    out.remove(id);
    return new ArrayList<>(out.values());
  }

  private static List<String> keys(Entry e) {
    List<String> out = new ArrayList<>();
    out.add("t:" + e.fp().textKey());
    if (e.fp().urlKey() != null) {
      out.add("u:" + e.fp().urlKey());
    }
    e.fp().bands().forEach(b -> out.add("b:" + b));
    return out;
  }

  private static void drop(Map<String, Set<String>> m, String key, String id) {
    Set<String> ids = m.get(key);
    if (ids != null) {
      ids.remove(id);
      if (ids.isEmpty()) {
        m.remove(key);
      }
    }
  }
}
