package org.corpusbot.retrieval;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index folder on disk, looked at before it is opened: is there a built index, is it damaged,
 * and moving a damaged one aside. Never deletes anything.
 */
public final class IndexFolder {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private IndexFolder() {}

  /**
   * True when {@code dir} holds an index the indexer has committed at least once (the empty commit
   * a new index starts with does not count); false when there is no index yet.
   *
   * @throws IndexDamagedException when the folder holds a damaged index
   * @throws IndexUnavailableException when the folder cannot be read
   */
  public static boolean built(Path dir) {
    if (!Files.exists(dir)) {
      return false;
    }
    requireIntact(dir);
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) {
        return false;
      }
      return SegmentInfos.readLatestCommit(d).getUserData().containsKey(IndexSchema.META_SCHEMA);
    } catch (IOException e) {
      throw unavailable(dir, e);
    }
  }

  /**
   * Refuses a folder holding index files but no commit point: opening a writer there would start a
   * new index and delete the old files as unreferenced.
   */
  static void requireIntact(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names = files.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new IndexUnavailableException(
          "cannot read the index folder " + dir + ": " + e.getMessage(), e);
    }
    boolean commit = names.stream().anyMatch(n -> n.startsWith("segments_"));
    boolean files = names.stream().anyMatch(n -> !n.equals("write.lock"));
    if (files && !commit) {
      throw damaged(dir, new NoSuchFileException(dir.resolve("segments_N").toString()));
    }
  }

  /** The exception to throw for {@code e} met while opening or reading the index in {@code dir}. */
  static IndexUnavailableException unavailable(Path dir, IOException e) {
    if (isDamage(e)) {
      return damaged(dir, e);
    }
    return new IndexUnavailableException(
        "cannot open the index in " + dir + ": " + e.getMessage(), e);
  }

  private static IndexDamagedException damaged(Path dir, IOException e) {
    return new IndexDamagedException(
        "the index in "
            + dir
            + " is damaged ("
            + e.getClass().getSimpleName()
            + ": "
            + e.getMessage()
            + "); run `corpusbot index --rebuild` to move it aside and build it again from the"
            + " corpus",
        e);
  }

  private static boolean isDamage(IOException e) {
    return e instanceof CorruptIndexException
        || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException
        || e instanceof EOFException
        || e instanceof NoSuchFileException
        || e instanceof FileNotFoundException;
  }

  /** Renames {@code dir} to {@code dir.damaged-<time>} next to it and returns the new name. */
  public static Path moveAside(Path dir) {
    Path target =
        dir.resolveSibling(dir.getFileName() + ".damaged-" + LocalDateTime.now().format(STAMP));
    try {
      return Files.move(dir, target);
    } catch (IOException e) {
      throw new IndexUnavailableException(
          "cannot move the damaged index " + dir + " aside to " + target + ": " + e.getMessage(),
          e);
    }
  }
}
