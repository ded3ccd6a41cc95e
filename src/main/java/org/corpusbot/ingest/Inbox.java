package org.corpusbot.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.CorpusRoot;

/**
 * The inbox under the data folder: every article that arrived by a way other than the corpus
 * folder, as a file the corpus loader reads (its names start with {@value CorpusRoot#INBOX}).
 * Articles (feeds, links) go to {@code web/} as one-line JSON Lines files named after their id, so
 * a new version of an article replaces its file; sent files go to {@code files/} under their own
 * (cleaned) name. Every write is atomic: a hidden temporary file (which the loader and the watcher
 * never read) moved into place, so a reader sees the old file or the new one, never half of one.
 * Thread-safe: writes of different names do not meet; two writes of one name, the last wins.
 */
public final class Inbox {
  private static final int MAX_NAME = 80;
  private final Path folder;
  private final ObjectMapper json = new ObjectMapper();

  public Inbox(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  public Path folder() {
    return folder;
  }

  /** Writes {@code a} as {@code web/<id>.jsonl}; the path written. */
  public Path write(Article a) throws IOException {
    ObjectNode o = json.createObjectNode();
    o.put("id", a.id());
    o.put("title", a.title());
    if (a.date() != null) {
      o.put("date", a.date().toString());
    }
    o.put("source", a.source());
    o.put("url", a.url());
    a.authors().forEach(o.putArray("authors")::add);
    o.put("text", a.text());
    byte[] line = (json.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
    Path target = folder.resolve("web").resolve(fileName(a.id()) + ".jsonl");
    Path temp = tempFor(target);
    Files.write(temp, line);
    return moveIntoPlace(temp, target);
  }

  /** Moves {@code file} to {@code files/<fileName>} (the name cleaned); the path written. */
  public Path move(String fileName, Path file) throws IOException {
    Path target = folder.resolve("files").resolve(cleanName(fileName));
    Path temp = tempFor(target);
    Files.move(file, temp, StandardCopyOption.REPLACE_EXISTING); // may copy across file systems
    return moveIntoPlace(temp, target);
  }

  /** The name the loader gives {@code file} of the inbox (as {@code Article.file}). */
  public String name(Path file) {
    return CorpusRoot.INBOX + folder.relativize(file).toString().replace('\\', '/');
  }

  private static Path tempFor(Path target) throws IOException {
    Files.createDirectories(target.getParent());
    return Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
  }

  private static Path moveIntoPlace(Path temp, Path target) throws IOException {
    boolean success = false;
    try {
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      success = true;
      return target;
    } finally {
      if (!success) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * A name to keep: the last part of what was sent (no folders, no leading dots), letters, digits
   * and {@code . _ -} only, at most {@value #MAX_NAME} characters before its extension.
   */
  public static String cleanName(String sent) {
    String last = sent.replace('\\', '/');
    last = last.substring(last.lastIndexOf('/') + 1);
    String clean = last.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
    String lower = clean.toLowerCase(Locale.ROOT);
    String ext = lower.endsWith(".jsonl.gz") ? ".jsonl.gz" : extension(lower);
    String base = clean.substring(0, clean.length() - ext.length());
    if (base.isEmpty()) {
      base = "file";
    }
    return (base.length() > MAX_NAME ? base.substring(0, MAX_NAME) : base)
        + clean.substring(clean.length() - ext.length());
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot);
  }

  /** A readable, unique file name for an article id: its cleaned start and a digest of it. */
  static String fileName(String id) {
    String clean = id.replaceAll("[^A-Za-z0-9_-]", "_");
    clean = clean.length() > MAX_NAME - 17 ? clean.substring(0, MAX_NAME - 17) : clean;
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return clean + "-" + HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
