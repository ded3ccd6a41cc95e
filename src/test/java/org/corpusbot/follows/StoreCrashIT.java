package org.corpusbot.follows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a JVM in the middle of a stream of follow adds and removals, alert offers and
 * sends ({@link StoreCrashChild}), three times over the same data folder, then the state read back:
 * nothing acknowledged is lost, nothing is there twice, nothing sent is pending again.
 */
class StoreCrashIT {
  private static final int RUNS = 3;

  @TempDir Path data;

  /** What the children printed: each line is a call that returned (durable). */
  private final Map<Long, Long> followChat = new HashMap<>();

  private final List<Long> followIds = new ArrayList<>();
  private final Set<Long> removed = new HashSet<>();
  private final Set<Long> removing = new HashSet<>(); // said before the call: it may have happened
  private final Map<Long, String> offered = new HashMap<>(); // seq -> "follow cluster"
  private final List<Long> offeredSeqs = new ArrayList<>();
  private final Set<Long> sending = new HashSet<>();
  private final Set<Long> sent = new HashSet<>();
  private long matched;

  @Test
  void killedMidStreamItLosesNothingAcknowledgedAndDuplicatesNothing() throws Exception {
    for (int run = 0; run < RUNS; run++) {
      runAndKill(40 + ThreadLocalRandom.current().nextInt(120));
    }
    assertThat(offeredSeqs).as("alerts acknowledged").hasSizeGreaterThan(RUNS * 40);
    assertThat(sent).as("alerts sent").isNotEmpty();
    try (FollowBook book = new FollowBook(data, Clock.systemUTC());
        Outbox outbox = new Outbox(data, Clock.systemUTC())) {
      assertThat(book.matchedThrough()).isGreaterThanOrEqualTo(matched);
      assertThat(new HashSet<>(followIds))
          .as("follow ids are never reused")
          .hasSize(followIds.size());
      for (long id : followIds) {
        if (removing.contains(id) && !removed.contains(id)) {
          continue; // killed during its removal: either state is right
        }
        boolean there = book.of(followChat.get(id)).stream().anyMatch(f -> f.id() == id);
        assertThat(there)
            .as("follow %d (removed: %s)", id, removed.contains(id))
            .isEqualTo(!removed.contains(id));
      }
      Set<Long> pending = new HashSet<>();
      outbox.pending().forEach(a -> pending.add(a.seq()));
      assertThat(pending)
          .as("sent alerts are never pending again")
          .doesNotContainAnyElementsOf(sent);
      for (long seq : offeredSeqs) {
        long follow = Long.parseLong(offered.get(seq).split(" ")[0]);
        boolean accounted =
            pending.contains(seq)
                || sending.contains(seq)
                || removed.contains(follow)
                || removing.contains(follow);
        assertThat(accounted).as("offered alert %d: pending, sent or unfollowed", seq).isTrue();
      }
      assertThat(new HashSet<>(offeredSeqs))
          .as("seqs are never reused")
          .hasSize(offeredSeqs.size());
      assertThat(new HashSet<>(offered.values()))
          .as("one alert per follow and story, across crashes")
          .hasSize(offered.size());
    }
  }

  private void runAndKill(int offersBeforeKill) throws IOException, InterruptedException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            StoreCrashChild.class.getName(),
            data.toString());
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      int offers = 0;
      String line;
      while ((line = in.readLine()) != null) {
        offers += record(line) ? 1 : 0;
        if (offers == offersBeforeKill) {
          // SIGKILL: no shutdown hook, no close. Through the handle, since Process.destroy
          // would also close the pipe still holding what the child printed before it died.
          p.toHandle().destroyForcibly();
        }
      }
      assertThat(offers).as("the child ran").isGreaterThanOrEqualTo(offersBeforeKill);
    } finally {
      p.destroyForcibly();
    }
  }

  /** Notes one acknowledged step; true for an offered alert. */
  private boolean record(String line) {
    String[] w = line.split(" ");
    switch (w[0]) {
      case "follow" -> {
        followIds.add(Long.parseLong(w[1]));
        followChat.put(Long.parseLong(w[1]), Long.parseLong(w[2]));
      }
      case "removing" -> removing.add(Long.parseLong(w[1]));
      case "removed" -> removed.add(Long.parseLong(w[1]));
      case "offered" -> {
        offeredSeqs.add(Long.parseLong(w[1]));
        offered.put(Long.parseLong(w[1]), w[2] + " " + w[4]);
        return true;
      }
      case "sending" -> sending.add(Long.parseLong(w[1]));
      case "sent" -> sent.add(Long.parseLong(w[1]));
      case "matched" -> matched = Long.parseLong(w[1]);
      case "start" -> {}
      default -> throw new AssertionError("the child said: " + line);
    }
    return false;
  }
}
