package org.corpusbot.answer;

import java.util.Set;
import org.corpusbot.retrieval.PassageHit;

/**
 * A sentence that might answer the question, with the evidence for it.
 *
 * @param hit the passage it comes from
 * @param start offset of the sentence in its article
 * @param end end offset in its article
 * @param terms its analysed terms
 * @param lexical share of the question's term weight the sentence itself contains (0 to 1)
 * @param context share the sentence, its passage and its article's title contain together
 * @param semantic cosine similarity of the sentence (or its passage) to the question
 * @param score the overall ranking score
 */
record Candidate(
    PassageHit hit,
    String text,
    int start,
    int end,
    Set<String> terms,
    double lexical,
    double context,
    double semantic,
    double score) {

  /** How well the sentence is supported as an answer, on a 0-to-1 scale used for the threshold. */
  double evidence() {
    return 0.5 * context + 0.5 * Math.max(0, semantic);
  }

  Candidate withSemantic(double sim, double newScore) {
    return new Candidate(hit, text, start, end, terms, lexical, context, sim, newScore);
  }

  Candidate withScore(double newScore) {
    return new Candidate(hit, text, start, end, terms, lexical, context, semantic, newScore);
  }

  /** The same sentence without its first {@code n} characters, offsets kept exact. */
  Candidate withoutFirst(int n) {
    return new Candidate(
        hit, text.substring(n), start + n, end, terms, lexical, context, semantic, score);
  }
}
