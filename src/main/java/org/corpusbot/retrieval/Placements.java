package org.corpusbot.retrieval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusbot.corpus.Article;

/** What a run made of each article of its corpus, from its duplicate plan and what it wrote. */
final class Placements {
  private Placements() {}

  /**
   * @param served the articles served by this run's writing (new or changed)
   * @param before the indexed articles before the run, by id (empty for a rebuild)
   * @param existing the indexed articles before the run, by id
   */
  static List<Placement> of(
      List<Article> articles,
      Duplicates.Plan dups,
      List<Article> served,
      Map<String, IndexedArticle> before,
      Map<String, IndexedArticle> existing) {
    Set<String> written = new HashSet<>();
    served.forEach(a -> written.add(a.id()));
    Set<String> planned = new HashSet<>();
    dups.serve().forEach(a -> planned.add(a.id()));
    List<Placement> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      if (!dups.table().decides(a.id())) {
        // NOTE: read from the map of every article, not looked up one by one in the index.
        String dupOf = existing.get(a.id()) == null ? null : existing.get(a.id()).dupOf();
        out.add(
            dupOf == null
                ? new Placement(a.id(), Placement.Kind.UNCHANGED, null)
                : new Placement(a.id(), Placement.Kind.DUPLICATE, dupOf));
        continue;
      }
      DupTable.Entry e = dups.table().get(a.id());
      if (e == null || (planned.contains(a.id()) && !written.contains(a.id()))) {
        continue; // left for the next run
      }
      out.add(placement(a, e, written.contains(a.id()), dups, before));
    }
    return out;
  }

  private static Placement placement(
      Article a,
      DupTable.Entry e,
      boolean written,
      Duplicates.Plan dups,
      Map<String, IndexedArticle> before) {
    if (!e.served()) {
      return new Placement(a.id(), Placement.Kind.DUPLICATE, e.dupOf());
    }
    if (!written) {
      return new Placement(a.id(), Placement.Kind.UNCHANGED, null);
    }
    boolean updated = before.containsKey(a.id()) || dups.replacing().contains(a.id());
    return new Placement(a.id(), updated ? Placement.Kind.UPDATED : Placement.Kind.ADDED, null);
  }
}
