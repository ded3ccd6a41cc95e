package org.corpusbot.follows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A write-ahead journal of JSON lines, the way {@code UpdateJournal} keeps updates: every change is
 * one fsynced append before the store acknowledges it, and the file is rewritten whole as the
 * store's live state (compaction: temporary file, fsync, atomic move, fsync of the folder) when it
 * opens and when it has grown.
 *
 * <p>On replay, an unreadable line is skipped with a warning: a torn last line is a write a crash
 * cut short, which was never acknowledged. Any other unreadable line means damage; the file is then
 * copied aside ({@code <name>.damaged-<millis>}) before the first rewrite, so that compaction never
 * deletes bytes a person could still recover. A file that cannot be read at all fails the start and
 * is left as it is.
 *
 * <p>Not thread-safe: each store calls it under its own lock.
 */
final class Journal implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Journal.class);

  /** What a store does with each journaled line. An exception marks the line unreadable. */
  interface Replay {
    void apply(JsonNode line) throws IOException;
  }

  private final Path file;
  private final Supplier<List<String>> snapshot;
  // NOTE: a stream, not a FileChannel: an interrupted caller would close a channel for everyone.
  private FileOutputStream out;
  private int lines;
  private boolean damaged;

  /**
   * Opens {@code file}, replaying its lines into {@code replay}, then rewrites it as {@code
   * snapshot} (the store's live state after the replay, one JSON object per line).
   */
  Journal(Path file, ObjectMapper json, Replay replay, Supplier<List<String>> snapshot) {
    this.file = file;
    this.snapshot = snapshot;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (Files.exists(file)) {
        replay(json, replay);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + "; it is left as it was", e);
    }
    compact();
  }

  private void replay(ObjectMapper json, Replay replay) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String[] all = text.split("\n", -1);
    int bad = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i].isBlank()) {
        continue;
      }
      try {
        replay.apply(json.readTree(all[i]));
      } catch (IOException | RuntimeException e) {
        boolean torn = i == all.length - 1; // no newline after it: its write never ended
        log.warn(
            "{}:{}: {} skipped ({})",
            file,
            i + 1,
            torn ? "a last line cut short by a crash" : "an unreadable line",
            e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage()));
        bad += torn ? 0 : 1;
      }
    }
    if (bad > 0) {
      Path copy =
          file.resolveSibling(file.getFileName() + ".damaged-" + System.currentTimeMillis());
      Files.copy(file, copy);
      log.warn("{}: {} damaged line(s); the file as it was is kept in {}", file, bad, copy);
    }
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    String first = nl < 0 ? message : message.substring(0, nl);
    return first.replaceAll("\\p{Cntrl}", "?"); // it may quote the damaged bytes
  }

  /**
   * Appends {@code text} (whole lines, each ending in a newline) and fsyncs: on return it survives
   * a crash. On failure nothing counts as written; the next append first rewrites the file from the
   * store's state, so that a half-written line never glues onto the next.
   */
  void append(String text, int count) {
    if (damaged) {
      compact();
    }
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.getFD().sync();
      lines += count;
    } catch (IOException e) {
      damaged = true;
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Compacts when more than {@code limit} lines were written. A failure is logged, not thrown: the
   * change that led here is durable already, and the next append retries the rewrite first.
   */
  void compactBeyond(int limit) {
    if (lines > limit) {
      try {
        compact();
      } catch (UncheckedIOException e) {
        log.warn("Compaction failed; the journal grows until it succeeds", e);
      }
    }
  }

  /** Rewrites the file as the store's live state. */
  void compact() {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      if (out != null) {
        out.close();
        out = null;
      }
      List<String> live = snapshot.get();
      StringBuilder sb = new StringBuilder();
      live.forEach(l -> sb.append(l).append('\n'));
      try (FileOutputStream c = new FileOutputStream(tmp.toFile())) {
        c.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        c.getFD().sync();
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      syncFolder(file.toAbsolutePath().getParent());
      out = new FileOutputStream(file.toFile(), true);
      lines = live.size();
      damaged = false;
    } catch (IOException e) {
      damaged = true;
      throw new UncheckedIOException("cannot rewrite " + file + " (its last state is kept)", e);
    }
  }

  /**
   * The rename is durable only once the folder is synced. NOTE: some systems (Windows) cannot open
   * a folder; the move is atomic there all the same, only its durability waits for the OS.
   */
  private static void syncFolder(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      log.debug("cannot sync the folder {}: {}", dir, e.toString());
    }
  }

  @Override
  public void close() {
    try {
      if (out != null) {
        out.close();
      }
    } catch (IOException e) {
      log.warn("Closing {} failed", file, e);
    }
  }
}
