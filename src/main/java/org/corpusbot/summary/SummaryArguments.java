package org.corpusbot.summary;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corpusbot.answer.Answer;
import org.corpusbot.retrieval.IndexUnavailableException;

/**
 * What the words after a chat's {@code /summary} ask for: nothing (the given default article, else
 * the newest), a number (the N-th newest, as /articles numbers them), an article id, or a topic.
 * Thread-safe.
 */
public final class SummaryArguments {
  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

  /** One word with a digit and a joiner, as ids are ("rtqa-004498", "000_a6be4f5d739f5fe2"). */
  private static final Pattern ID_LIKE = Pattern.compile("(?=\\S*\\d)\\S*[-_]\\S*");

  /** A summary, or why there is none (to be followed by a pointer to the article list). */
  public record Outcome(Answer answer, String problem) {
    static Outcome of(Answer a) {
      return new Outcome(a, null);
    }

    static Outcome problem(String why) {
      return new Outcome(null, why);
    }
  }

  private final Summaries summaries;

  public SummaryArguments(Summaries summaries) {
    this.summaries = summaries;
  }

  public Outcome resolve(String args, LocalDate asOf, Optional<String> defaultArticle) {
    String a = args == null ? "" : args.strip();
    if (a.isEmpty()) {
      return defaultArticle
          .flatMap(summaries::article)
          .or(summaries::latest)
          .map(Outcome::of)
          .orElseGet(() -> Outcome.problem("There are no articles to summarise yet."));
    }
    if (NUMBER.matcher(a).matches()) {
      int n = Integer.parseInt(a);
      return summaries
          .numbered(n)
          .map(Outcome::of)
          .orElseGet(
              () ->
                  Outcome.problem(
                      "There is no article " + n + ": there are " + summaries.size() + "."));
    }
    Optional<Answer> byId = byId(a);
    if (byId.isPresent()) {
      return Outcome.of(byId.get());
    }
    Answer topic = summaries.topic(a, asOf);
    if (!topic.found() && ID_LIKE.matcher(a).matches()) {
      return Outcome.problem("I don't know an article with the id " + a + ".");
    }
    return Outcome.of(topic);
  }

  /**
   * The summary of the article with id {@code a}. When the shard that would hold it does not
   * answer, words that do not look like an id are read as a topic (summarised from the shards that
   * answer, with the archive's note) rather than failing the command.
   */
  private Optional<Answer> byId(String a) {
    try {
      return summaries.article(a);
    } catch (IndexUnavailableException e) {
      if (ID_LIKE.matcher(a).matches()) {
        throw e;
      }
      return Optional.empty();
    }
  }
}
