package org.corpusbot.answer;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Which parts of the archive (shards of a SolrCloud collection) did not answer the searches made
 * for one answer. The archive reports each search's missing parts with {@link #missed}; whoever
 * composes an answer {@link #listen listens} on its thread while it does. A search made on a thread
 * nobody listens on is reported to no one (the archive logs it).
 *
 * <p>NOTE: per thread, because a search runs on the thread of the answer it serves; a composer that
 * handed searches to other threads would have to listen there. Thread-safe.
 */
public final class UnreachableParts {
  /** The note an answer carries when part of the archive did not answer. */
  public static final String NOTE =
      "Part of the archive is unreachable; this answer may miss articles.";

  private final ThreadLocal<Set<String>> heard = new ThreadLocal<>();

  /**
   * Hears the parts missed on this thread until the scope is closed. Inside another scope, the
   * outer one hears them (and this one too).
   */
  public Scope listen() {
    Set<String> outer = heard.get();
    if (outer != null) {
      return new Scope(outer, () -> {});
    }
    Set<String> parts = new TreeSet<>();
    heard.set(parts);
    return new Scope(parts, heard::remove);
  }

  /**
   * Runs {@code read} (searches, catalog or contact reads) listening on this thread: what it
   * returned, and whether part of the archive did not answer it.
   */
  public <T> Heard<T> hear(Supplier<T> read) {
    try (Scope heard = listen()) {
      T value = read.get();
      return new Heard<>(value, !heard.parts().isEmpty());
    }
  }

  /** {@code read}'s answer, with {@link #NOTE} added when part of the archive did not answer. */
  public Answer noted(Supplier<Answer> read) {
    Heard<Answer> h = hear(read);
    return h.partial() ? h.value().withNote(NOTE) : h.value();
  }

  /** What a read returned; {@code partial}: part of the archive did not answer it. */
  public record Heard<T>(T value, boolean partial) {}

  /** Called after a search that {@code parts} (names) did not answer; empty: all answered. */
  public void missed(Set<String> parts) {
    Set<String> s = heard.get();
    if (s != null && !parts.isEmpty()) {
      s.addAll(parts);
    }
  }

  /** What one listener heard; closing it stops listening. */
  public static final class Scope implements AutoCloseable {
    private final Set<String> parts;
    private final Runnable end;

    private Scope(Set<String> parts, Runnable end) {
      this.parts = parts;
      this.end = end;
    }

    /** The parts missed so far, by name. */
    public Set<String> parts() {
      return Set.copyOf(parts);
    }

    @Override
    public void close() {
      end.run();
    }
  }
}
