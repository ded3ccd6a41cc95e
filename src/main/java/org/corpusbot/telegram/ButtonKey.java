package org.corpusbot.telegram;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret that signs the bot's button data, kept in the data folder so that buttons keep working
 * across restarts: 32 random bytes ({@link SecureRandom}), made on first start, readable by the
 * owner only. Deleting the file makes a new key; the buttons sent before then expire.
 */
final class ButtonKey {
  private static final Logger log = LoggerFactory.getLogger(ButtonKey.class);
  static final int BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private ButtonKey() {}

  static byte[] loadOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      return load(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the button key " + file, e);
    }
  }

  private static byte[] load(Path file) throws IOException {
    if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
      log.warn("{} was readable by others; now by its owner only", file);
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
    byte[] key = Files.readAllBytes(file);
    if (key.length < BYTES) {
      throw new IllegalStateException(
          file
              + " holds no valid key ("
              + key.length
              + " bytes); delete it and a new one is made at start (buttons sent before expire)");
    }
    return key;
  }

  /**
   * Writes a new key beside {@code file} and renames it into place, so that a crash never leaves a
   * half-written key. (One process per data folder: the index's write lock sees to that.)
   */
  private static void create(Path file) throws IOException {
    byte[] key = new byte[BYTES];
    new SecureRandom().nextBytes(key);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".button-key", ".tmp");
    try {
      if (posix(tmp)) {
        Files.setPosixFilePermissions(tmp, OWNER_ONLY);
      }
      try (FileOutputStream out = new FileOutputStream(tmp.toFile())) {
        out.write(key);
        out.getFD().sync();
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      log.info("Made a new key for button data: {}", file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static boolean posix(Path p) {
    return p.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
