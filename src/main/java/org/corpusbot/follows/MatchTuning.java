package org.corpusbot.follows;

/**
 * The knobs of follow matching, in one place, with the values measured by {@code bench-follows} on
 * the dev half of the RealTime QA questions (README, "Following stories"). A topic follow matches
 * when {@code lexicalWeight * lexical + (1 - lexicalWeight) * vector >= topicThreshold}, where
 * {@code lexical} is the follow's BM25 score on the article normalised to [0, 1) by the score of an
 * article holding every term, and {@code vector} the best cosine of a passage to the follow.
 *
 * @param k1 BM25's term-frequency saturation
 * @param b BM25's length normalisation, against {@code referenceLength}
 * @param referenceLength the average article length in analysed terms (935 in RealTime QA): a
 *     one-document index would take the article's own length as the average
 * @param lexicalWeight the share of the lexical score in the combined score
 * @param topicThreshold the combined score a topic follow must reach
 * @param lexicalFloor below this lexical score a topic is not considered (what bounds the cost of
 *     per-passage products with 10,000 follows; measured not to lose dev F1)
 * @param vectorFloor below this best-passage cosine a follow without a word in the article is not
 *     considered at all (what keeps 10,000 follows cheap)
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
    return new MatchTuning(1.2, 0.75, 935, 0.4, 0.64, 0.3, 0.5, 0.5, 6);
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
