package org.corpusbot.corpus;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of a corpus folder (or the one file a corpus is), looked at before anything is read:
 * regular files to read with their sizes, and what cannot be read, by kind. Symbolic links are
 * followed (a corpus is often a link to a mounted folder); link loops, broken links, FIFOs, devices
 * and sockets are reported, never opened (a FIFO blocks a reader forever, {@code /dev/zero} never
 * ends). Hidden files and folders are left out.
 */
final class CorpusFiles {
  static final String SPECIAL = "special file";
  static final String BROKEN_LINK = "broken link";
  static final String LINK_LOOP = "link loop";
  static final String UNREADABLE = "unreadable";

  /** A regular file and its size in bytes. */
  record Found(Path path, long size) {}

  /** What a listing found: files to read, in order, and files that cannot be, by kind. */
  record Listing(List<Found> files, Map<Path, String> unreadable) {}

  private CorpusFiles() {}

  static Listing list(Path path) throws IOException {
    return list(path, Set.of());
  }

  /**
   * As {@link #list(Path)}, leaving out the folders in {@code excluded} (absolute, normalised): the
   * inbox when it lies inside the corpus folder is read once, as the inbox.
   */
  static Listing list(Path path, Set<Path> excluded) throws IOException {
    List<Found> files = new ArrayList<>();
    Map<Path, String> unreadable = new LinkedHashMap<>();
    Files.walkFileTree(
        path,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            return !d.equals(path)
                    && (hidden(d) || excluded.contains(d.toAbsolutePath().normalize()))
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            if (!f.equals(path) && hidden(f)) {
              return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
              files.add(new Found(f, attrs.size()));
            } else if (attrs.isSymbolicLink()) {
              unreadable.put(f, brokenOrLoop(f)); // following it failed
            } else {
              unreadable.put(f, SPECIAL);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
            if (f.equals(path)) {
              throw e;
            }
            unreadable.put(
                f,
                e instanceof FileSystemLoopException
                    ? LINK_LOOP
                    : e instanceof NoSuchFileException ? BROKEN_LINK : UNREADABLE);
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort((a, b) -> a.path().compareTo(b.path()));
    return new Listing(files, unreadable);
  }

  private static String brokenOrLoop(Path link) {
    try {
      link.toRealPath();
      return UNREADABLE; // it resolves now: it changed while we looked
    } catch (NoSuchFileException e) {
      return BROKEN_LINK;
    } catch (IOException e) {
      return LINK_LOOP; // "Too many levels of symbolic links"
    }
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
