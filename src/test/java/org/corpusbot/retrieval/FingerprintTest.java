package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corpusbot.corpus.Article;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  private static final String[] STORY = {
    "The ferry between Kerrow and Lunde will run twice a day from June, the operator said on"
        + " Monday, after the harbour at Lunde reopened following two years of repairs.",
    "Tickets will cost 14 crowns for adults and 7 crowns for children, and bicycles will travel"
        + " free of charge during the first summer season.",
    "The operator expects about 90,000 passengers a year, most of them commuters who now drive"
        + " around the bay on the coastal road, a journey of more than an hour.",
    "Local councillors welcomed the plan but asked the operator to add a late evening crossing on"
        + " Fridays for people working in the restaurants of the old town."
  };

  private static Article article(String id, String url, String text) {
    return new Article(id, "Ferry", LocalDate.of(2024, 3, 1), null, url, List.of(), text, null);
  }

  private static Fingerprint of(String text) {
    return Fingerprint.of(article("x", null, text));
  }

  @Test
  void theTextKeyIgnoresCaseAndWhitespaceButNotAWord() {
    String text = String.join("\n\n", STORY);
    String same = "  " + text.toUpperCase().replace(" ", " \t ") + "\n";
    assertThat(of(same).textKey()).isEqualTo(of(text).textKey());
    assertThat(of(text.replace("twice", "three times")).textKey()).isNotEqualTo(of(text).textKey());
  }

  @Test
  void theUrlKeyIsTheCanonicalUrl() {
    Fingerprint a =
        Fingerprint.of(article("a", "https://www.news.example/ferry/?utm_source=x", "t"));
    Fingerprint b = Fingerprint.of(article("b", "http://news.example/ferry", "t"));
    assertThat(a.urlKey()).isEqualTo(b.urlKey()).isEqualTo("//news.example/ferry");
    assertThat(Fingerprint.of(article("c", null, "t")).urlKey()).isNull();
  }

  @Test
  void similarityIsOneForTheSameWordsAndHighForOneParagraphRewritten() {
    String text = String.join("\n\n", STORY);
    String[] edited = STORY.clone();
    edited[1] =
        "Adults will pay 14 crowns and children half that, with bicycles carried free in the"
            + " first summer.";
    assertThat(of(text).similarity(of(text.toLowerCase()))).isEqualTo(1.0);
    assertThat(of(text).similarity(of(String.join("\n\n", edited))))
        .isGreaterThanOrEqualTo(Fingerprint.NEAR);
    assertThat(of(text).bands()).containsAnyElementsOf(of(String.join("\n\n", edited)).bands());
  }

  @Test
  void unrelatedStoriesAreFarApart() {
    String other =
        "The central bank left its main interest rate unchanged at 3.5 percent on Thursday,"
            + " saying inflation was slowing but wages were still rising faster than expected, and"
            + " that it would watch the housing market closely over the coming months.";
    assertThat(of(String.join("\n\n", STORY)).similarity(of(other))).isLessThan(0.2);
  }

  @Test
  void theSignatureSurvivesItsBytes() {
    Fingerprint f = of(String.join("\n\n", STORY));
    byte[] b = f.signatureBytes();
    assertThat(Fingerprint.signature(b, 0, b.length)).containsExactly(f.minHash());
  }
}
