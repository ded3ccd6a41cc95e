package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which one-word names a story shows to be organisations: text, " | ", the words (lower case). */
class OrganisationWordsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "A Vellix spokesman declined to comment. | vellix",
        "Norvale's board met, and shares of Vellix rose 2 pct. | vellix; norvale",
        "Hamas officials said the talks went well. | hamas",
        // the last word of a longer name, or a person's name followed by who speaks for him
        "A White House spokesman said so. Bank of America shares fell. | ",
        "Kremlin aide Tom Lind said so. Lind spokesman Per Holm declined to comment. | ",
        // a spokesman for someone may speak for a person
        "A spokeswoman for Pelosi said so. | ",
        // a name given a title or an honorific is a person's
        "Sen. Jones met with Vick. A Jones spokesman said the talks went well. | ",
        "Mr. Vellix declined. Vellix's board met on Monday. | ",
        // an abbreviation ends no sentence: "Sen." before the name makes it part of a longer one
        "The talks ended, Sen. Jones's spokesman said. | ",
        // places, nationalities and sentence words never
        "Israel's board of deputies met. Russian officials said so. The officials agreed. | "
      })
  void words(String row) {
    String[] f = row.split(" \\| ", -1);
    Set<String> expected =
        f[1].isBlank() ? Set.of() : Set.copyOf(List.of(f[1].strip().split("; ")));
    assertThat(OrganisationWords.in(f[0], Lexicons.get(), w -> false)).as(f[0]).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aPersonTheStoryNamesIsNoOrganisation() {
    assertThat(
            OrganisationWords.in(
                "A Biden spokesman said so.", Lexicons.get(), w -> w.equals("Biden")))
        .isEmpty();
    assertThat(OrganisationWords.in("A Biden spokesman said so.", Lexicons.get(), w -> false))
        .containsExactly("biden");
  }
}
