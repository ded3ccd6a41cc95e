package org.corpusbot.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corpusbot.ops.HealthCheck.Status;
import org.corpusbot.retrieval.ArticleCatalog;

/**
 * Readiness: the bot is ready when every check is up. For a container orchestrator, {@code /health}
 * answers 200 when ready and 503 when not, each with a small JSON body naming each check.
 * Thread-safe.
 */
public final class Health {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, HealthCheck> checks;

  /**
   * @param checks by name, in the order they are shown
   */
  public Health(Map<String, HealthCheck> checks) {
    this.checks = new LinkedHashMap<>(checks);
  }

  /** Up while the index answers searches and holds articles. */
  public static HealthCheck index(ArticleCatalog catalog) {
    return () -> {
      int articles = catalog.overview().articles();
      return articles > 0
          ? Status.up(articles + (articles == 1 ? " article" : " articles"))
          : Status.down("no articles indexed yet");
    };
  }

  /** Runs every check now. */
  public Report report() {
    Map<String, Status> out = new LinkedHashMap<>();
    checks.forEach((name, check) -> out.put(name, run(check)));
    return new Report(out);
  }

  private static Status run(HealthCheck check) {
    try {
      return check.check();
    } catch (RuntimeException e) {
      return Status.down(
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  /** Every check's status; up when all are. */
  public record Report(Map<String, Status> checks) {
    public Report {
      checks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    }

    public boolean up() {
      return checks.values().stream().allMatch(Status::up);
    }

    /** {@code {"status":"UP","checks":{"index":{"status":"UP","detail":"61 articles"},…}}} */
    public String json() {
      ObjectNode root = JSON.createObjectNode().put("status", up() ? "UP" : "DOWN");
      ObjectNode each = root.putObject("checks");
      checks.forEach(
          (name, s) ->
              each.putObject(name).put("status", s.up() ? "UP" : "DOWN").put("detail", s.detail()));
      return root.toString();
    }
  }
}
