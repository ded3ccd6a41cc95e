package org.corpusbot.retrieval;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What one indexing run is asked to do.
 *
 * @param rebuild embed every article again, whatever changed
 * @param allowMassDelete remove articles the corpus no longer gives even when that looks like a
 *     fault (see {@link IndexPolicy#maxDeleteShare()})
 * @param stop asked at batch boundaries; when true, the run commits what it has done and ends (a
 *     rebuild is abandoned instead: it would not be complete)
 * @param partition the share of the corpus this run indexes ({@link Partition#ALL}: all of it); see
 *     {@link Indexer} for what a partitioned run does not do
 * @param removeGone a partitioned run also removes the indexed articles of its partition that the
 *     corpus no longer gives (without it, it removes none); a whole run does unless {@code
 *     keepGone}
 * @param keepGone the run removes no article the corpus no longer gives (a bot whose corpus folder
 *     may hold only part of a shared archive); it adds and updates only
 */
public record SyncOptions(
    boolean rebuild,
    boolean allowMassDelete,
    BooleanSupplier stop,
    Partition partition,
    boolean removeGone,
    boolean keepGone) {
  public static final SyncOptions UPDATE = new SyncOptions(false, false, () -> false);
  public static final SyncOptions REBUILD = new SyncOptions(true, false, () -> false);

  public SyncOptions {
    Objects.requireNonNull(stop, "stop");
    Objects.requireNonNull(partition, "partition");
  }

  /** A run over the whole corpus. */
  public SyncOptions(boolean rebuild, boolean allowMassDelete, BooleanSupplier stop) {
    this(rebuild, allowMassDelete, stop, Partition.ALL, false, false);
  }

  public SyncOptions withStop(BooleanSupplier stop) {
    return new SyncOptions(rebuild, allowMassDelete, stop, partition, removeGone, keepGone);
  }

  /** This run, removing no article the corpus no longer gives. */
  public SyncOptions keepingGone() {
    return new SyncOptions(rebuild, allowMassDelete, stop, partition, removeGone, true);
  }

  /** This run over one partition; {@code removeGone}: see the record. */
  public SyncOptions inPartition(Partition partition, boolean removeGone) {
    return new SyncOptions(rebuild, allowMassDelete, stop, partition, removeGone, keepGone);
  }
}
