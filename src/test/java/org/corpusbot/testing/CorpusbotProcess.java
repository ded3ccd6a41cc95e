package org.corpusbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * corpusbot run as a separate process (this JVM's class path), its stdout and stderr in a file, so
 * that a test can kill it the way an operator or the kernel does.
 */
public final class CorpusbotProcess implements AutoCloseable {
  private final Process process;
  private final Path log;

  private CorpusbotProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code corpusbot args…} with {@code env} added to this environment. */
  public static CorpusbotProcess start(Path log, Map<String, String> env, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.corpusbot.app.Main"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    try {
      return new CorpusbotProcess(pb.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Process process() {
    return process;
  }

  /** What it has written so far. */
  public String output() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits up to {@code timeout} for it to end; its exit code. */
  public int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running after " + timeout + ":\n" + output());
    }
    return process.exitValue();
  }

  /** kill -9. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** kill -TERM (what systemd and docker stop send). */
  public void terminate() {
    process.destroy();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
