package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "The committee" and "the panel" in a story about one committee are that committee. Sentences are
 * made up; each row that finds a contact failed on v128, the build before this rule.
 */
class CommitteesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The House Ethics Committee is weighing referrals. Tomas Varga met with the panel in May"
            + " for nine hours. | Tomas Varga - House Ethics Committee",
        "The House Ethics Committee is weighing referrals. Tomas Varga met with the committee in"
            + " May. | Tomas Varga - House Ethics Committee",
        "A week before the first hearing of the House Jan. 6 committee, Tomas Varga met with the"
            + " panel. | Tomas Varga - House Jan. 6 committee",
        "The Senate Banking Committee asked for records. The committee sent a letter Monday to"
            + " Ilona Brandt. | Senate Banking Committee - Ilona Brandt",
        // review 54: "and" inside the name
        "The House Ways and Means Committee asked for records. The committee sent a letter Monday"
            + " to Ilona Brandt. | House Ways and Means Committee - Ilona Brandt",
      })
  void theCommitteeIsTheOneTheStoryNames(String row) {
    MadeUpText.assertRow(row);
  }

  /** Two committees named alike, a panel of judges, what is the panel's: no one is guessed. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "The House Ethics Committee and the Senate Ethics Committee are weighing referrals. Tomas"
            + " Varga met with the committee in May. | ",
        "The House Ethics Committee is weighing referrals. Tomas Varga met with the panel of"
            + " judges in May. | ",
        "The House Ethics Committee is weighing referrals. Tomas Varga met with the panel's"
            + " chairman in May. | ",
        // "the panel" may be the committee while "the committee" is not (a separate one named)
        "The House Ethics Committee is weighing referrals; a separate committee of judges met."
            + " Paul Ames met with the panel in May. | Paul Ames - House Ethics Committee",
        // review 54: a panel of another kind in the story
        "The House Ethics Committee is weighing referrals. A three-judge panel ruled on Monday."
            + " Tomas Varga met with the panel in May. | ",
      })
  void anUnclearCommitteeStaysUnnamed(String row) {
    MadeUpText.assertRow(row);
  }

  /** The headline's committee is the story's, however often the text names others. */
  @Test
  void theHeadlinesCommitteeWins() {
    String text =
        "The House select committee investigating the riot met. The House select committee"
            + " voted. Tomas Varga met with the panel in May.";
    assertThat(
            MadeUpText.sortedPairs("January 6 committee weighs referrals", text).stream()
                .filter(p -> p.contains("Varga"))
                .toList())
        .isEqualTo(List.of("January 6 committee – Tomas Varga"));
  }

  @Test
  void aCommitteeNamedMostStandsForItUnlessAnotherComesClose() {
    String twoEach =
        "The Senate Banking Committee met. The Senate Banking Committee voted. The House Rules"
            + " Committee spoke. The House Rules Committee agreed.";
    assertThat(Committees.dominant(twoEach, twoEach.length())).isNull();
    String twoToOne =
        "The Senate Banking Committee met. Later the Senate Banking Committee voted. The House"
            + " Rules Committee spoke.";
    assertThat(Committees.dominant(twoToOne, twoToOne.length()))
        .isEqualTo("Senate Banking Committee");
  }
}
