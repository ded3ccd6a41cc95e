package org.corpusbot.summary;

import java.util.List;
import org.corpusbot.corpus.ArticleInfo;

/**
 * A summary: what it is of ({@code heading}: an article's title and date, or a topic and the span
 * of dates of its articles), the sentences chosen, in reading order, and the articles they are
 * from. No sentences means there was nothing to summarise.
 */
record Summary(String heading, List<Sentence> sentences, List<ArticleInfo> articles) {
  Summary {
    sentences = List.copyOf(sentences);
    articles = List.copyOf(articles);
  }

  boolean isEmpty() {
    return sentences.isEmpty();
  }
}
