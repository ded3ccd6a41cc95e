package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contact annotator's version follows the word lists: in session 39 new triggers were added to
 * {@code triggers.tsv} without a version bump, so indexes built before kept the old contacts.
 */
class WordListVersionTest {
  @Test
  void everyListInTheJarIsCoveredByTheDigest() throws IOException, URISyntaxException {
    Path dir = Path.of(Lexicons.class.getResource("/meetings/triggers.tsv").toURI()).getParent();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
          .isEqualTo(Lexicons.FILES.stream().sorted().toList());
    }
  }

  @Test
  void aListOutsideTheDigestIsRefused() {
    assertThatThrownBy(() -> Lexicons.lines("nicknames.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("meetings/nicknames.txt is not in Lexicons.FILES");
  }

  @Test
  void theAnnotatorsVersionCarriesTheListsDigest() {
    String version = new ContactAnnotator(new MeetingExtractor()).version();
    assertThat(Lexicons.digest()).matches("[0-9a-f]{12}");
    assertThat(version).isEqualTo(ContactAnnotator.VERSION + "." + Lexicons.digest());
  }
}
