package org.corpusbot.telegram;

import org.corpusbot.answer.llm.LlmStats;
import org.corpusbot.retrieval.ArticleCatalog;

/** {@code /stats} (admins): corpus size, counts since start and answer latencies. */
final class StatsCommand implements Command {
  private final BotStats stats;
  private final ArticleCatalog catalog;
  private final Replies replies;
  private final LlmStats llm;

  StatsCommand(BotStats stats, ArticleCatalog catalog, LlmStats llm, Replies replies) {
    this.llm = llm;
    this.stats = stats;
    this.catalog = catalog;
    this.replies = replies;
  }

  @Override
  public String name() {
    return "stats";
  }

  @Override
  public String description() {
    return "Counts and latencies (admins)";
  }

  @Override
  public boolean admin() {
    return true;
  }

  @Override
  public void run(Incoming in, String args) {
    ArticleCatalog.Overview o = catalog.overview();
    String text =
        String.format(
            "Corpus: %d articles, %d passages (%s to %s)%n"
                + "Updates: %d; questions: %d (%d answered, %d not found)%n"
                + "Refused: %d; rate-limited: %d; failures: %d%n"
                + "Answer latency (last 1000): p50 %s, p95 %s%n"
                + "Answered offline because the language model failed: %d%n"
                + "Language model: %s",
            o.articles(),
            o.passages(),
            o.first(),
            o.last(),
            stats.updates.sum(),
            stats.questions.sum(),
            stats.found.sum(),
            stats.notFound.sum(),
            stats.refused.sum(),
            stats.rateLimited.sum(),
            stats.failures.sum(),
            ms(stats.percentile(50)),
            ms(stats.percentile(95)),
            llm == null ? 0 : llm.fallbacks.sum(),
            llm == null ? "none" : llm.summary());
    replies.text(in, text);
  }

  private static String ms(long v) {
    return v < 0 ? "n/a" : v + " ms";
  }
}
