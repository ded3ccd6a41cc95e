package org.corpusbot.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary state folder for a benchmark's bot (its update journal and button key), deleted with
 * everything in it when closed.
 */
final class TempState implements AutoCloseable {
  private final Path dir;

  private TempState(Path dir) {
    this.dir = dir;
  }

  static TempState create(String prefix) throws IOException {
    return new TempState(Files.createTempDirectory(prefix));
  }

  Path dir() {
    return dir;
  }

  @Override
  public void close() {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary folder " + dir, e);
    }
  }
}
