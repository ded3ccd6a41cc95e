package org.corpusbot.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The research data in {@code ../shared/data}, which tests read and the repository never holds.
 *
 * <p>Where it is absent a test is skipped on a developer's machine, but fails in CI ({@code
 * CI=true}, which {@code .ci/run} sets): a green build must mean these tests ran.
 */
public final class SharedData {
  public static final Path DIR = Path.of("..", "shared", "data");

  private SharedData() {}

  /** {@code relative} under {@link #DIR}; skips the test, or fails it in CI, when it is absent. */
  public static Path require(String relative) {
    return require(DIR.resolve(relative), System.getenv());
  }

  static Path require(Path file, Map<String, String> env) {
    if (Files.exists(file)) {
      return file;
    }
    String why = file + " is absent (research data read from ../shared/data)";
    if ("true".equalsIgnoreCase(env.getOrDefault("CI", "").strip())) {
      Assertions.fail(why + ": in CI this test must run, not be skipped");
    }
    Assumptions.abort(why + ": skipping");
    throw new AssertionError("unreachable");
  }
}
