package org.corpusbot.retrieval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corpusbot.corpus.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The annotators run at index time (contacts), their versions, and annotating again. */
final class Annotations {
  private static final Logger log = LoggerFactory.getLogger(Annotations.class);

  /**
   * Articles annotated again between two checkpoints: 32 rtqa articles take 0.8 s to tag (median of
   * 10 batches, 1.5 s the slowest), about what an embedding batch takes, so a stop waits as long.
   */
  static final int BATCH = 32;

  private final List<ArticleAnnotator> annotators;
  private final String versions;
  private final int maxChars;

  Annotations(List<ArticleAnnotator> annotators, int maxChars) {
    this.annotators = List.copyOf(annotators);
    this.maxChars = maxChars;
    this.versions =
        String.join(",", this.annotators.stream().map(a -> a.kind() + ":" + a.version()).toList());
  }

  /** "contact:2", recorded with each commit: a change means annotating every article again. */
  String versions() {
    return versions;
  }

  /** The annotations of an article (already capped by the caller). */
  List<Annotation> of(Article a) {
    List<Annotation> out = new ArrayList<>();
    for (ArticleAnnotator annotator : annotators) {
      try {
        out.addAll(annotator.annotate(a));
      } catch (RuntimeException e) {
        // A fault in a rule (an index past a sentence's end) must cost this article its
        // annotations, never the index build: the article is still indexed and searchable.
        log.warn(
            "Article {}: no {} annotations, the annotator failed", a.id(), annotator.kind(), e);
      }
    }
    return out;
  }

  /**
   * The annotators changed since the index was built: annotates again every article of {@code
   * articles} not in {@code todo} (those get theirs with their block), without embedding it again.
   * Each article's old annotations are replaced, never those of an article the load did not give.
   * Asks {@code checkpoints} every {@link #BATCH} articles; false when it stopped there (the rest
   * keep their old annotations).
   */
  boolean annotateAgain(
      ArchiveWriter writer, List<Article> articles, List<Article> todo, Checkpoints checkpoints)
      throws IOException {
    Set<String> pending = new HashSet<>();
    todo.forEach(a -> pending.add(a.id()));
    List<Article> again = articles.stream().filter(a -> !pending.contains(a.id())).toList();
    for (int i = 0; i < again.size(); i++) {
      Article head = ArticleHead.of(again.get(i), maxChars);
      writer.replaceAnnotations(head, of(head));
      int done = i + 1;
      if (done % BATCH == 0 && done < again.size()) {
        if (checkpoints.stopRequested()) {
          log.info(
              "Annotating again stopped after {} of {} articles; the next run annotates them all",
              done,
              again.size());
          return false;
        }
        checkpoints.commitIfDue();
      }
    }
    log.info(
        "Annotated {} articles again ({})",
        again.size(),
        versions.isEmpty() ? "no annotators" : versions);
    return true;
  }
}
