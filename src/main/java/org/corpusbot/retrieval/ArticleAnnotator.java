package org.corpusbot.retrieval;

import java.util.List;
import org.corpusbot.corpus.Article;

/**
 * Finds structured facts in articles at index time. Contract: pure and thread-safe; an article with
 * nothing to say gives an empty list. {@link #version} names the rules: when it changes, every
 * article is annotated again (without being embedded again).
 */
public interface ArticleAnnotator {
  String kind();

  String version();

  List<Annotation> annotate(Article article);
}
