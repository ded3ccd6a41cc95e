package org.corpusbot.feeds;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The feeds' state in {@code <data>/feeds/feeds.json}: the feeds admins added and, for every feed,
 * its ETag, Last-Modified, the items taken and how polling went. Written whole after each poll, to
 * a temporary file moved into place, so a crash leaves the previous state, never half a file.
 */
final class FeedStore {
  private final Path file;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
          .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

  FeedStore(Path dataDir) {
    this.file = dataDir.resolve("feeds").resolve("feeds.json");
  }

  /** What was saved, or nothing on a first start. A damaged file fails the start, naming it. */
  List<FeedEntry> load() {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return new ArrayList<>(List.of(json.readValue(file.toFile(), FeedEntry[].class)));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the feeds' state " + file + " (" + e.getMessage() + "); fix or remove it",
          e);
    }
  }

  synchronized void save(Collection<FeedEntry> entries) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(".feeds.json.tmp");
    List<FeedEntry> copy = new ArrayList<>();
    entries.forEach(e -> copy.add(e.copy()));
    byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(copy.toArray());
    Files.write(tmp, bytes);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
