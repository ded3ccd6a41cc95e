package org.corpusbot.summary;

/**
 * How the summariser weighs its signals (measured on the rtqa dev articles; see the README). Each
 * signal is scaled to 0..1 within the article before weighing.
 *
 * @param semantic weight of centrality in meaning (likeness to the mean sentence vector)
 * @param lead weight of the news-lead prior
 * @param redundancy how much likeness to a chosen sentence counts against a candidate
 * @param paragraph how much sharing a paragraph with a chosen sentence counts against a candidate
 *     (a news paragraph is usually one point; a summary should cover several)
 * @param topicRank weight of the passage's search rank in a topic summary
 */
record SummaryWeights(
    double semantic, double lead, double redundancy, double paragraph, double topicRank) {
  static final SummaryWeights DEFAULT = new SummaryWeights(0.5, 1.0, 0.5, 0.3, 0.15);
}
