package org.corpusbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * A write-ahead journal of updates and of the {@code getUpdates} offset, so that no question is
 * lost or answered twice across restarts.
 *
 * <p>Telegram forgets an update once a {@code getUpdates} offset passes it. The poller writes each
 * batch here together with the offset that confirms it, in one fsynced append ({@link #received}),
 * before it sends that offset; each update is marked {@link #handled} once its reply is sent. On
 * start, polling resumes from {@link #offset} (which confirms whatever the last run journaled) and
 * {@link #pending} is what the last run received but did not answer.
 *
 * <p>Duplicates: Telegram resends only what was never confirmed, which here is a batch whose write
 * a crash cut short (its complete lines are kept as pending, without their offset). So the journal
 * remembers the last {@value #RECENT} updates received (id and a hash of their content) and drops
 * an update identical to one of them. Ids are never compared by size: after a week without updates
 * Telegram numbers the next update from a random value, which may be lower than all before.
 *
 * <p>NOTE: a crash between sending a reply and recording it as handled answers that one update
 * twice after restart; the window is one fsync long. Thread-safe.
 */
final class UpdateJournal implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(UpdateJournal.class);
  private static final int COMPACT_AFTER_LINES = 5000;
  static final int RECENT = 1000;

  private final Path file;
  private final ObjectMapper json;
  private final Map<Integer, Update> pending = new LinkedHashMap<>();
  private final Map<Integer, Integer> recent =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Integer> e) {
          return size() > RECENT;
        }
      };
  private int offset;
  private int lines;
  private boolean damaged;
  // NOTE: a stream, not a FileChannel: an interrupted writer (a worker stopped at shutdown) would
  // close a channel under everyone else's feet.
  private FileOutputStream out;

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
        replay(json.readTree(line));
      } catch (IOException e) {
        // A torn last line from a crash mid-write: its batch was never confirmed to Telegram.
        log.warn("{}:{}: unreadable journal line skipped", file, lineNo);
      }
    }
  }

  private void replay(JsonNode n) throws IOException {
    if (n.has("received")) {
      Update u = json.treeToValue(n.get("received"), Update.class);
      pending.put(u.getUpdateId(), u);
      recent.put(u.getUpdateId(), fingerprint(u));
    } else if (n.has("handled")) {
      pending.remove(n.get("handled").asInt());
    } else if (n.has("offset")) {
      offset = n.get("offset").asInt();
      for (JsonNode r : n.path("recent")) {
        recent.put(r.get(0).asInt(), r.get(1).asInt());
      }
    } else if (n.has("maxSeen")) {
      offset = n.get("maxSeen").asInt() + 1; // the format before offsets were journaled
    }
  }

  /** Where polling resumes: the offset that confirms every update journaled so far (0: none). */
  synchronized int offset() {
    return offset;
  }

  /** Updates received by an earlier run and not handled, oldest first. */
  synchronized List<Update> pending() {
    return new ArrayList<>(pending.values());
  }

  /** How many updates are received and not yet handled. */
  synchronized int depth() {
    return pending.size();
  }

  /**
   * Records a batch from {@code getUpdates} and the offset that will confirm it, durably: returns
   * only when both are on disk, with the updates not seen before, in order. Throws {@link
   * UncheckedIOException} when the journal cannot be written; nothing is recorded then.
   */
  synchronized List<Update> received(List<Update> batch, int nextOffset) {
    List<Update> fresh = new ArrayList<>();
    List<Integer> prints = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (Update u : batch) {
      JsonNode tree = json.valueToTree(u);
      int print = fingerprint(tree);
      Integer known = recent.get(u.getUpdateId());
      if ((known != null && known == print) || samePending(u.getUpdateId(), print)) {
        log.info("Update {} was received before; dropped", u.getUpdateId());
        continue;
      }
      ObjectNode n = json.createObjectNode();
      n.set("received", tree);
      sb.append(n).append('\n');
      fresh.add(u);
      prints.add(print);
    }
    sb.append("{\"offset\":").append(nextOffset).append("}\n");
    append(sb.toString(), fresh.size() + 1);
    for (int i = 0; i < fresh.size(); i++) {
      pending.put(fresh.get(i).getUpdateId(), fresh.get(i));
      recent.put(fresh.get(i).getUpdateId(), prints.get(i));
    }
    offset = nextOffset;
    return fresh;
  }

  synchronized void handled(int updateId) {
    append("{\"handled\":" + updateId + "}\n", 1);
    pending.remove(updateId);
    if (lines > COMPACT_AFTER_LINES) {
      compact();
    }
  }

  /** A backlog can outgrow the recent ids; what is still pending is a duplicate all the same. */
  private boolean samePending(int id, int print) {
    Update p = pending.get(id);
    return p != null && fingerprint(p) == print;
  }

  private int fingerprint(Update u) {
    return fingerprint(json.valueToTree(u));
  }

  /** A hash of the update's content: a resent update is identical, a renumbered one is not. */
  private static int fingerprint(JsonNode update) {
    return update.toString().hashCode();
  }

  /**
   * NOTE: a failed write may leave part of its lines on disk; the next append first rewrites the
   * journal from memory, so that a half line never glues onto the next one.
   */
  private void append(String text, int n) {
    if (damaged) {
      compact();
    }
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.getFD().sync();
      lines += n;
    } catch (IOException e) {
      damaged = true;
      throw new UncheckedIOException("cannot write the update journal " + file, e);
    }
  }

  /** Rewrites the journal as its live content: the offset, recent ids, pending updates. */
  private void compact() {
    try {
      if (out != null) {
        out.close();
      }
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      ObjectNode head = json.createObjectNode().put("offset", offset);
      ArrayNode ids = head.putArray("recent");
      recent.forEach((id, print) -> ids.addArray().add(id).add(print));
      StringBuilder sb = new StringBuilder().append(head).append('\n');
      for (Update u : pending.values()) {
        ObjectNode n = json.createObjectNode();
        n.set("received", json.valueToTree(u));
        sb.append(n).append('\n');
      }
      try (FileOutputStream c = new FileOutputStream(tmp.toFile())) {
        c.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        c.getFD().sync();
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      out = new FileOutputStream(file.toFile(), true);
      lines = 1 + pending.size();
      damaged = false;
    } catch (IOException e) {
      damaged = true;
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
      log.warn("Closing the update journal {} failed", file, e);
    }
  }
}
