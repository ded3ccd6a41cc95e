package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corpusbot.corpus.Article;
import org.junit.jupiter.api.Test;

/** The tagger is given sentences of bounded length; contacts in normal sentences still come out. */
class TaggerLimitTest {
  @Test
  void aSentenceOfTooManyTokensIsNotTagged() {
    String normal = "President Biden met President Putin in Geneva.";
    assertThat(new Tagger().tag(normal, 0, normal.length())).hasSize(8);
    String runOn = "the minister met the envoy and talked , ".repeat(40).strip(); // 320 tokens
    assertThat(new Tagger().tag(runOn, 0, runOn.length())).isEmpty();
  }

  @Test
  void anArticleWithARunOnStillGivesTheContactsOfItsOtherSentences() {
    String text =
        "President Joe Biden met President Vladimir Putin in Geneva on June 16.\n\n"
            + "officials met and talked while envoys visited and called , ".repeat(200);
    Article a =
        new Article(
            "t", "T", java.time.LocalDate.of(2021, 10, 31), null, null, List.of(), text, null);
    List<ContactEvent> events = new MeetingExtractor().extract(a);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).place()).isEqualTo("Geneva");
  }
}
