package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpusbot.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The questions of {@code bench-not-found --absent} name people the rtqa corpus never mentions,
 * neither by full name nor by surname; skipped where ../shared/data is absent (failed in CI).
 */
class AbsentPeopleIT {
  @Test
  void everyAbsentPersonIsAbsentFromTheRtqaArticles() throws IOException, URISyntaxException {
    Path file = SharedData.require("rtqa/articles.jsonl");
    List<String> questions =
        Files.readAllLines(Path.of(getClass().getResource("/notfound/absent-people.txt").toURI()))
            .stream()
            .filter(l -> !l.isBlank())
            .toList();
    assertThat(questions).hasSize(30);
    Mentions corpus = new Mentions(Files.readString(file));
    for (String q : questions) {
      List<String> person = AbsentNames.names(q).get(0);
      assertThat(person).as(q).hasSizeGreaterThanOrEqualTo(2);
      assertThat(corpus.mentions(person)).as(q + " names " + person).isFalse();
    }
  }
}
