package org.corpusbot.summary;

/**
 * The knobs of the extractive summariser.
 *
 * @param sentences sentences in the summary of one article (3 to 5 by default; 1 to 10 allowed)
 * @param maxWords the summary of one article stops before this many words
 * @param topicSentences sentences in a topic summary
 * @param topicPassages passages retrieved for a topic
 * @param minEvidence below this evidence (0 to 1) a topic has no summary: the articles don't say
 */
public record SummaryTuning(
    int sentences, int maxWords, int topicSentences, int topicPassages, double minEvidence) {
  public SummaryTuning {
    if (sentences < 1 || sentences > 10) {
      throw new IllegalArgumentException("summary.sentences must be between 1 and 10");
    }
    if (maxWords < 20 || maxWords > 1000) {
      throw new IllegalArgumentException("summary.max-words must be between 20 and 1000");
    }
    if (topicSentences < 1 || topicSentences > 12) {
      throw new IllegalArgumentException("summary.topic-sentences must be between 1 and 12");
    }
    if (topicPassages < 1 || topicPassages > 100) {
      throw new IllegalArgumentException("summary.topic-passages must be between 1 and 100");
    }
    if (minEvidence < 0 || minEvidence > 1) {
      throw new IllegalArgumentException("summary.min-evidence must be between 0 and 1");
    }
  }

  public static SummaryTuning defaults() {
    return new SummaryTuning(5, 120, 5, 16, 0.35);
  }

  public SummaryTuning withSentences(int n) {
    return new SummaryTuning(n, maxWords, n, topicPassages, minEvidence);
  }
}
