package org.corpusbot.retrieval;

import java.util.HashMap;
import java.util.Map;
import org.corpusbot.corpus.Corpus;

/**
 * What changes when an indexing run covers one partition of the corpus ({@code index --partition
 * I/N}): it sees only the articles of its share, it removes none it did not see, and it cannot do
 * what needs the whole corpus (a rebuild, annotating every indexed article again).
 */
final class PartitionRun {
  private PartitionRun() {}

  /** The articles of {@code corpus} that {@code part} holds, with the load's report as it was. */
  static Corpus share(Corpus corpus, Partition part) {
    return new Corpus(
        corpus.where(),
        corpus.articles().stream().filter(a -> part.holds(a.id())).toList(),
        corpus.report(),
        corpus.scope());
  }

  /**
   * The indexed articles a run may take for gone when the corpus no longer gives them: none when an
   * update {@link SyncOptions#keepGone keeps them}; all of them in a whole run or a rebuild; in a
   * partitioned run none, or with {@link SyncOptions#removeGone} those of its partition (another
   * partition's articles are not in its share, seen or not).
   */
  static Map<String, IndexedArticle> removable(
      Map<String, IndexedArticle> existing, SyncOptions options, boolean rebuilt) {
    Partition part = options.partition();
    if (options.keepGone() && !rebuilt) {
      return Map.of(); // a rebuild sees every article, so that its guards see what it would drop
    }
    if (part.whole()) {
      return existing;
    }
    Map<String, IndexedArticle> out = new HashMap<>();
    if (options.removeGone()) {
      existing.forEach(
          (id, a) -> {
            if (part.holds(id)) {
              out.put(id, a);
            }
          });
    }
    return out;
  }

  /**
   * Refuses a partitioned run that would have to rebuild the archive or annotate every article
   * again: it would do so with a share of the corpus, and lose or leave stale the rest.
   *
   * @param empty nothing is indexed yet (a first run may start in partitions)
   * @param fullSyncDue the archive was built otherwise, or annotated by other annotators
   * @param builtWith what the archive was built with when a rebuild is due, else null
   */
  static void refuseFullSync(
      SyncOptions options,
      boolean empty,
      boolean fullSyncDue,
      Map<String, String> builtWith,
      Map<String, String> meta) {
    Partition part = options.partition();
    if (part.whole()) {
      return;
    }
    if (options.rebuild()) {
      throw new PartitionRefusedException(
          "--partition "
              + part
              + " cannot rebuild: a rebuild replaces every article and a partition sees only its"
              + " share of the corpus; run `corpusbot index --rebuild` without --partition");
    }
    if (!empty && fullSyncDue) {
      String why =
          builtWith != null
              ? "the index must be rebuilt (it was built with "
                  + builtWith
                  + ", this configuration uses "
                  + meta
                  + ")"
              : "every indexed article must be annotated again (the contact rules changed)";
      throw new PartitionRefusedException(
          why
              + ", and --partition "
              + part
              + " sees only its share of the corpus; run `corpusbot index` once without"
              + " --partition, then partitioned runs go on from there");
    }
  }
}
