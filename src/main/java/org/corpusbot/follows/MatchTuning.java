package org.corpusbot.follows;

/**
 * The knobs of follow matching, in one place, with the values measured by {@code bench-follows} on
 * the dev half of the RealTime QA questions (README, "Following stories"). A topic follow matches
 * when {@code lexicalWeight * lexical + (1 - lexicalWeight) * vector >= topicThreshold}, where
 * {@code lexical} is the follow's BM25 score on the article normalised to [0, 1) by the score of an
 * article holding every term, and {@code vector} the best cosine of a passage to the follow.
 *
 * <p>Measured (dev half, 88 follows, F1 of recall and judged precision; README): lexical weight 0.5
 * and threshold 0.68 were the best of weights 0.3–0.7 × thresholds 0.30–0.90 once every alert at
 * the first choice (0.4, 0.64) was judged too (dev recall 0.894, judged precision 0.921, 1.5 alerts
 * per follow per week; held-out 0.875 and 0.964). A lower threshold buys little recall for many
 * off-topic alerts (0.50 at weight 0.4: recall 0.941, precision 0.850, partly judged). Lexical
 * floor 0.45: the same dev figures as no floor at weight 0.4 for every threshold from 0.58, a
 * quarter of the cost (p95 20 ms instead of 43–83 ms per article at 10,000 follows). Prefix credit
 * 0.5 ties with 0 on these follows (few compound words) and is kept for words like "cyber". Person
 * mentions 6: dev precision rose from 0.75 (1–4) to 0.90 (6) at recall 1.0 on the 7 dev person
 * follows (a small sample); titles carry most person matches.
 *
 * @param k1 BM25's term-frequency saturation
 * @param b BM25's length normalisation, against {@code referenceLength}
 * @param referenceLength the average article length in analysed terms (935 in RealTime QA): a
 *     one-document index would take the article's own length as the average
 * @param lexicalWeight the share of the lexical score in the combined score
 * @param topicThreshold the combined score a topic follow must reach
 * @param lexicalFloor below this lexical score a topic is not considered (what bounds the cost of
 *     per-passage products with 10,000 follows; measured not to lose dev F1)
 * @param vectorFloor only when a vector alone can clear the threshold ({@code 1 - lexicalWeight >=
 *     topicThreshold}; not at the measured values): a follow without a word in the article is
 *     looked at only when its dot product with the article's mean passage vector reaches this
 * @param prefixCredit the share of a term's score a follow's word gets when the article only has
 *     longer words it starts ("cyber" in "cybersecurity"; 0 turns this off)
 * @param personMentions how often a person's name must occur in an article (name not in the title
 *     and no contact) for the article to be about them
 */
public record MatchTuning(
    double k1,
    double b,
    double referenceLength,
    double lexicalWeight,
    double topicThreshold,
    double lexicalFloor,
    double vectorFloor,
    double prefixCredit,
    int personMentions) {

  public MatchTuning {
    if (k1 <= 0 || b < 0 || b > 1 || referenceLength <= 0) {
      throw new IllegalArgumentException("bad BM25 parameters");
    }
    if (lexicalWeight < 0 || lexicalWeight > 1) {
      throw new IllegalArgumentException("lexicalWeight must be in [0, 1]");
    }
    if (prefixCredit < 0 || prefixCredit > 1) {
      throw new IllegalArgumentException("prefixCredit must be in [0, 1]");
    }
    if (personMentions < 1) {
      throw new IllegalArgumentException("personMentions must be positive");
    }
  }

  public static MatchTuning defaults() {
    return new MatchTuning(1.2, 0.75, 935, 0.5, 0.68, 0.45, 0.5, 0.5, 6);
  }

  /** The same tuning with another topic threshold (a benchmark sweeps it). */
  public MatchTuning withTopicThreshold(double threshold) {
    return new MatchTuning(
        k1,
        b,
        referenceLength,
        lexicalWeight,
        threshold,
        lexicalFloor,
        vectorFloor,
        prefixCredit,
        personMentions);
  }

  /** The same tuning with another number of mentions for a person (a benchmark sweeps it). */
  public MatchTuning withPersonMentions(int mentions) {
    return new MatchTuning(
        k1,
        b,
        referenceLength,
        lexicalWeight,
        topicThreshold,
        lexicalFloor,
        vectorFloor,
        prefixCredit,
        mentions);
  }

  /** The same tuning with another lexical floor (a benchmark sweeps it). */
  public MatchTuning withLexicalFloor(double floor) {
    return new MatchTuning(
        k1,
        b,
        referenceLength,
        lexicalWeight,
        topicThreshold,
        floor,
        vectorFloor,
        prefixCredit,
        personMentions);
  }

  /** The same tuning with another prefix credit (a benchmark sweeps it). */
  public MatchTuning withPrefixCredit(double credit) {
    return new MatchTuning(
        k1,
        b,
        referenceLength,
        lexicalWeight,
        topicThreshold,
        lexicalFloor,
        vectorFloor,
        credit,
        personMentions);
  }

  /** The same tuning with another lexical weight (a benchmark sweeps it). */
  public MatchTuning withLexicalWeight(double weight) {
    return new MatchTuning(
        k1,
        b,
        referenceLength,
        weight,
        topicThreshold,
        lexicalFloor,
        vectorFloor,
        prefixCredit,
        personMentions);
  }
}
