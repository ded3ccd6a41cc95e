package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An organisation and its acronym are one party (audit 29: "the London Metal Exchange, LME, …" gave
 * a meeting between the two).
 */
class AcronymsTest {
  private static Participant group(String name) {
    return new Participant(name, Participant.Kind.GROUP, null);
  }

  private static ContactEvent event(int firstSide, Participant... all) {
    return new ContactEvent(
        "a", List.of(all), firstSide, EventKind.MEETING, null, null, null, "text", 0, 4);
  }

  private static List<String> pairs(ContactEvent e) {
    return e.pairs().stream().map(p -> p.get(0).name() + " - " + p.get(1).name()).toList();
  }

  @Test
  void anAcronymFacingItsExpansionLeavesNoPair() {
    ContactEvent e = Acronyms.without(event(1, group("London Metal Exchange"), group("LME")));
    assertThat(e.participants())
        .extracting(Participant::name)
        .containsExactly("London Metal Exchange");
    assertThat(pairs(e)).isEmpty();
  }

  @Test
  void theOtherSideStaysPairedWithTheExpansion() {
    ContactEvent e =
        Acronyms.without(
            event(
                1,
                group("Zambia"),
                group("International Monetary Fund"),
                group("IMF"),
                group("World Bank")));
    assertThat(pairs(e))
        .containsExactly("Zambia - International Monetary Fund", "Zambia - World Bank");
  }

  @Test
  void anAcronymOnTheSameSideAsItsExpansionLeavesTheContact() {
    ContactEvent e =
        Acronyms.without(
            event(
                2,
                group("International Commodities Clearing House"),
                group("ICCH"),
                group("London Metal Exchange")));
    assertThat(pairs(e))
        .containsExactly("International Commodities Clearing House - London Metal Exchange");
  }

  @Test
  void anAcronymOfSomethingElseStays() {
    ContactEvent e = event(1, group("Harlow Steel Corp"), group("IMF"));
    assertThat(Acronyms.without(e)).isSameAs(e);
  }
}
