package org.corpusbot.follows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The alerts matched and whether they went out, in {@code <data>/follows/outbox.journal} (a {@link
 * Journal}: every call that writes returns only once its lines are fsynced).
 *
 * <p>Once per story: an offered alert is dropped when its follow already has an alert, pending or
 * done, for the same article id (a correction keeps its id) or the same near-duplicate cluster. The
 * keys of done alerts (sent, or dropped for a paused chat) are kept {@link #KEEP_DONE_KEYS}:
 * near-duplicates are dated at most 3 days apart, but a copy or correction can arrive much later (a
 * feed re-published, a folder backfilled), and 60 days of keys cost little (88 bytes per alert on
 * disk, measured; a few hundred in memory). An older story alerts again; the matching watermark
 * already keeps it from being matched twice unless it re-arrives. Pending alerts are kept until
 * sent, dropped or their follow is forgotten. Keys expire when the journal is compacted: at open
 * and after {@value #COMPACT_AFTER_LINES} lines more than twice what is live.
 *
 * <p>NOTE: a crash between sending an alert to Telegram and {@link #sent} returning sends that
 * alert again after restart; the window is one fsync long (as for {@code UpdateJournal}'s replies).
 * Thread-safe; methods that write throw {@link java.io.UncheckedIOException} when the disk refuses,
 * and then change nothing.
 */
public final class Outbox implements AutoCloseable {
  /** How long the dedup keys of a sent or dropped alert are kept. */
  public static final Duration KEEP_DONE_KEYS = Duration.ofDays(60);

  static final int COMPACT_AFTER_LINES = 10_000;

  private final Clock clock;
  private final int compactAfter;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final Map<Long, Alert> pending = new TreeMap<>(); // by seq: oldest first
  private final Map<Key, Long> open = new HashMap<>(); // keys of pending alerts
  private final Map<Key, Long> done = new HashMap<>(); // keys of done alerts: when, epoch millis
  // NOTE: in memory only: it guards against a matcher built before an unfollow; a restart builds
  // the matcher again from the book, where the follow is gone.
  private final Set<Long> forgotten = new HashSet<>();
  private final Journal journal;
  private long nextSeq = 1;

  /** One story of one follow: by article id ({@code cluster} false) or by cluster. */
  private record Key(long followId, boolean cluster, String value) {}

  /** Opens (or creates) the outbox in {@code dataDir}/follows; {@code clock} ages dedup keys. */
  public Outbox(Path dataDir, Clock clock) {
    this(dataDir, clock, COMPACT_AFTER_LINES);
  }

  /** As above, compacting after {@code compactAfter} lines beyond twice the live ones (tests). */
  Outbox(Path dataDir, Clock clock, int compactAfter) {
    this.clock = clock;
    this.compactAfter = compactAfter;
    Path file = dataDir.resolve("follows").resolve("outbox.journal");
    this.journal = new Journal(file, json, this::replay, this::snapshot);
  }

  /**
   * Records {@code alerts} durably and returns those that are new, with their {@code seq}, in the
   * order given (an offered {@code seq} is ignored). Dropped: an alert whose follow already has one
   * for the same article id or cluster, here or earlier in the same list, and an alert of a follow
   * {@linkplain #forgetFollow forgotten} since this outbox was opened.
   */
  public synchronized List<Alert> offer(List<Alert> alerts) {
    List<Alert> fresh = new ArrayList<>();
    Set<Key> taken = new HashSet<>();
    for (Alert a : alerts) {
      List<Key> keys = keys(a);
      if (forgotten.contains(a.followId())
          || keys.stream()
              .anyMatch(k -> open.containsKey(k) || done.containsKey(k) || taken.contains(k))) {
        continue;
      }
      fresh.add(a.withSeq(nextSeq + fresh.size()));
      taken.addAll(keys);
    }
    if (!fresh.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      for (Alert a : fresh) {
        ObjectNode n = json.createObjectNode();
        n.set("alert", json.valueToTree(a));
        sb.append(n).append('\n');
      }
      write(sb.toString(), fresh.size(), () -> fresh.forEach(this::add));
    }
    return fresh;
  }

  /** Every alert not yet sent, oldest first (instant delivery picks its chats' alerts). */
  public synchronized List<Alert> pending() {
    return new ArrayList<>(pending.values());
  }

  /** The chat's alerts not yet sent, oldest first (what its digest shows). */
  public synchronized List<Alert> unsent(long chatId) {
    return pending.values().stream().filter(a -> a.chatId() == chatId).toList();
  }

  /**
   * Records that {@code alerts} went out, durably: they are never pending again. Alerts no longer
   * pending (sent before, dropped, forgotten) are ignored.
   */
  public synchronized void sent(Collection<Alert> alerts) {
    finish(alerts.stream().map(Alert::seq).filter(pending::containsKey).distinct().toList());
  }

  /** Drops the chat's unsent alerts (it blocked the bot), durably; how many went. */
  public synchronized int dropChat(long chatId) {
    return finish(select(a -> a.chatId() == chatId));
  }

  /**
   * Forgets a removed follow, durably: its unsent alerts and its dedup keys (follow ids are never
   * reused, so they could only take memory).
   */
  public synchronized void forgetFollow(long followId) {
    forgotten.add(followId);
    boolean known =
        pending.values().stream().anyMatch(a -> a.followId() == followId)
            || done.keySet().stream().anyMatch(k -> k.followId() == followId);
    if (known) {
      write(json.createObjectNode().put("forget", followId) + "\n", 1, () -> forget(followId));
    }
  }

  private List<Long> select(Predicate<Alert> which) {
    return pending.values().stream().filter(which).map(Alert::seq).toList();
  }

  private int finish(List<Long> seqs) {
    if (seqs.isEmpty()) {
      return 0;
    }
    long at = clock.millis();
    ObjectNode n = json.createObjectNode().put("at", at);
    ArrayNode list = n.putArray("done");
    seqs.forEach(list::add);
    write(n + "\n", 1, () -> seqs.forEach(s -> done(s, at)));
    return seqs.size();
  }

  private void add(Alert a) {
    pending.put(a.seq(), a);
    keys(a).forEach(k -> open.put(k, a.seq()));
    nextSeq = Math.max(nextSeq, a.seq() + 1);
  }

  private void done(long seq, long at) {
    Alert a = pending.remove(seq);
    if (a != null) {
      for (Key k : keys(a)) {
        open.remove(k);
        done.put(k, at);
      }
    }
  }

  private void forget(long followId) {
    pending.values().removeIf(a -> a.followId() == followId);
    open.keySet().removeIf(k -> k.followId() == followId);
    done.keySet().removeIf(k -> k.followId() == followId);
  }

  private static List<Key> keys(Alert a) {
    return List.of(
        new Key(a.followId(), false, a.articleId()), new Key(a.followId(), true, a.cluster()));
  }

  /**
   * Journals {@code lines}, applies them ({@code apply}), then compacts if due (see FollowBook).
   */
  private void write(String lines, int count, Runnable apply) {
    journal.append(lines, count);
    apply.run();
    journal.compactBeyond(compactAfter + 2 * (pending.size() + done.size()));
  }

  private void replay(JsonNode n) throws IOException {
    if (n.has("alert")) {
      add(json.treeToValue(n.get("alert"), Alert.class));
    } else if (n.has("done")) {
      long at = n.get("at").asLong();
      n.get("done").forEach(s -> done(s.asLong(), at));
    } else if (n.has("forget")) {
      forget(n.get("forget").asLong());
    } else if (n.has("key")) {
      JsonNode k = n.get("key");
      done.put(
          new Key(k.get(0).asLong(), k.get(1).asBoolean(), k.get(2).asText()), k.get(3).asLong());
    } else if (n.has("nextSeq")) {
      nextSeq = Math.max(nextSeq, n.get("nextSeq").asLong());
    } else {
      throw new IllegalArgumentException("an unknown line");
    }
  }

  /** The live state: the next seq, the dedup keys younger than {@link #KEEP_DONE_KEYS}, pending. */
  private List<String> snapshot() {
    long oldest = clock.millis() - KEEP_DONE_KEYS.toMillis();
    done.values().removeIf(at -> at < oldest);
    List<String> lines = new ArrayList<>();
    lines.add(json.createObjectNode().put("nextSeq", nextSeq).toString());
    done.forEach(
        (k, at) -> {
          ObjectNode n = json.createObjectNode();
          n.putArray("key").add(k.followId()).add(k.cluster()).add(k.value()).add(at);
          lines.add(n.toString());
        });
    for (Alert a : pending.values()) {
      ObjectNode n = json.createObjectNode();
      n.set("alert", json.valueToTree(a));
      lines.add(n.toString());
    }
    return lines;
  }

  /** How many dedup keys of done alerts are held (for tests and stats). */
  synchronized int doneKeys() {
    return done.size();
  }

  @Override
  public synchronized void close() {
    journal.close();
  }
}
