package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.corpusbot.corpus.Article;
import org.junit.jupiter.api.Test;

/** An annotator that fails on one article costs that article its annotations, nothing more. */
class AnnotationsTest {
  private static final Article ARTICLE =
      new Article("a-1", "Title", null, "src", null, List.of(), "Ana Lind met Tom Vick.", null);

  private static ArticleAnnotator annotator(String kind, boolean fails) {
    return new ArticleAnnotator() {
      @Override
      public String kind() {
        return kind;
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public List<Annotation> annotate(Article article) {
        if (fails) {
          throw new IndexOutOfBoundsException("Index 37 out of bounds for length 37");
        }
        return List.of(
            new Annotation(article.id(), kind, Set.of("ana lind"), null, null, 0, 8, "{}"));
      }
    };
  }

  @Test
  void aFailingAnnotatorLosesOnlyItsOwnAnnotations() {
    Annotations annotations =
        new Annotations(List.of(annotator("broken", true), annotator("contact", false)), 10_000);

    List<Annotation> out = annotations.of(ARTICLE);

    assertThat(out).extracting(Annotation::kind).containsExactly("contact");
    assertThat(out).extracting(Annotation::articleId).containsExactly("a-1");
  }
}
