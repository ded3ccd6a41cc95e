package org.corpusbot.answer;

/**
 * The knobs of the offline composer, with defaults measured on the dev questions and the seed.
 *
 * @param passages passages retrieved per question
 * @param maxSentences sentences in an answer (1 to 3)
 * @param minEvidence below this evidence score the answer is "not found"
 */
public record AnswerTuning(int passages, int maxSentences, double minEvidence) {
  public AnswerTuning {
    if (passages < 1 || passages > 50) {
      throw new IllegalArgumentException("answer.passages must be between 1 and 50");
    }
    if (maxSentences < 1 || maxSentences > 3) {
      throw new IllegalArgumentException("answer.max-sentences must be between 1 and 3");
    }
    if (minEvidence < 0 || minEvidence > 1) {
      throw new IllegalArgumentException("answer.min-evidence must be between 0 and 1");
    }
  }

  public static AnswerTuning defaults() {
    return new AnswerTuning(8, 3, 0.35);
  }
}
