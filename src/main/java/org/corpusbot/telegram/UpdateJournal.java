package org.corpusbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * A write-ahead journal of updates, so that no question is lost or answered twice across restarts.
 *
 * <p>The long-polling library confirms updates to Telegram with its next {@code getUpdates}, which
 * it sends as soon as our consumer returns, before any answer exists. So the consumer first makes
 * the updates durable here ({@link #received}, fsynced), and marks each one {@link #handled} once
 * its reply is sent. On start, {@link #pending} gives what a previous run received but did not
 * finish, and {@link #seen} filters what Telegram sends again because the previous run died before
 * confirming it. Update ids only grow, so "seen" is "at most the highest id received".
 *
 * <p>NOTE: a crash between sending a reply and recording it as handled answers that one update
 * twice after restart; the window is one fsync long. Thread-safe.
 */
final class UpdateJournal implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(UpdateJournal.class);
  private static final int COMPACT_AFTER_LINES = 5000;

  private final Path file;
  private final ObjectMapper json;
  private final Map<Integer, Update> pending = new LinkedHashMap<>();
  private int maxSeen;
  private int lines;
  private FileChannel out;

  UpdateJournal(Path file, ObjectMapper json) {
    this.file = file;
    this.json = json;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (Files.exists(file)) {
        replay();
      }
      compact();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the update journal " + file, e);
    }
  }

  private void replay() throws IOException {
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode n = json.readTree(line);
        if (n.has("received")) {
          Update u = json.treeToValue(n.get("received"), Update.class);
          pending.put(u.getUpdateId(), u);
          maxSeen = Math.max(maxSeen, u.getUpdateId());
        } else if (n.has("handled")) {
          pending.remove(n.get("handled").asInt());
        } else if (n.has("maxSeen")) {
          maxSeen = Math.max(maxSeen, n.get("maxSeen").asInt());
        }
      } catch (IOException e) {
        // A torn last line from a crash mid-write: what it held was never confirmed as durable.
        log.warn("{}:{}: unreadable journal line skipped", file, lineNo);
      }
    }
  }

  /** Updates received by an earlier run and not handled, oldest first. */
  synchronized List<Update> pending() {
    return new ArrayList<>(pending.values());
  }

  /** How many updates are received and not yet handled. */
  synchronized int depth() {
    return pending.size();
  }

  synchronized boolean seen(int updateId) {
    return updateId <= maxSeen;
  }

  /** Records updates durably; returns only when they are on disk. */
  synchronized void received(List<Update> updates) {
    StringBuilder sb = new StringBuilder();
    for (Update u : updates) {
      ObjectNode n = json.createObjectNode();
      n.set("received", json.valueToTree(u));
      sb.append(n).append('\n');
      pending.put(u.getUpdateId(), u);
      maxSeen = Math.max(maxSeen, u.getUpdateId());
    }
    append(sb.toString(), updates.size());
  }

  synchronized void handled(int updateId) {
    pending.remove(updateId);
    append("{\"handled\":" + updateId + "}\n", 1);
    if (lines > COMPACT_AFTER_LINES) {
      compact();
    }
  }

  private void append(String text, int n) {
    try {
      ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) {
        out.write(buf);
      }
      out.force(false);
      lines += n;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the update journal " + file, e);
    }
  }

  /** Rewrites the journal as its live content (the high-water mark and the pending updates). */
  private void compact() {
    try {
      if (out != null) {
        out.close();
      }
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      StringBuilder sb = new StringBuilder("{\"maxSeen\":" + maxSeen + "}\n");
      for (Update u : pending.values()) {
        ObjectNode n = json.createObjectNode();
        n.set("received", json.valueToTree(u));
        sb.append(n).append('\n');
      }
      try (FileChannel c =
          FileChannel.open(
              tmp,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING)) {
        c.write(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
        c.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      lines = 1 + pending.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compact the update journal " + file, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (out != null) {
        out.close();
      }
    } catch (IOException e) {
      log.warn("closing the update journal failed: {}", e.getMessage());
    }
  }
}
