package org.corpusbot.follows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.corpusbot.follows.Follow.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowTextTest {
  /** Parties the predicate knows: single names, and one two-word name. */
  private static final Set<String> KNOWN =
      Set.of("Biden", "Putin", "Xi", "Nuland", "Hunter", "Hunter Biden", "Boris", "Johnson");

  private final FollowText parser = new FollowText(KNOWN::contains);

  /** typed | kind | text | people (;-separated) */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Biden & Putin              | PAIR   | Biden & Putin            | Biden;Putin",
        "Biden and Putin            | PAIR   | Biden & Putin            | Biden;Putin",
        "Biden AND Putin            | PAIR   | Biden & Putin            | Biden;Putin",
        "Biden,Putin                | PAIR   | Biden & Putin            | Biden;Putin",
        "Biden with Putin           | PAIR   | Biden & Putin            | Biden;Putin",
        "Biden + Putin              | PAIR   | Biden & Putin            | Biden;Putin",
        "Joe Biden & Vladimir Putin | PAIR   | Joe Biden & Vladimir Putin | Joe Biden;Vladimir Putin",
        "Ursula von der Leyen & Xi  | PAIR   | Ursula von der Leyen & Xi | Ursula von der Leyen;Xi",
        "Nuland                     | PERSON | Nuland                   | Nuland",
        "  Victoria   Nuland        | PERSON | Victoria Nuland          | Victoria Nuland",
        "George W. Bush             | PERSON | George W. Bush           | George W. Bush",
        "Ursula von der Leyen       | PERSON | Ursula von der Leyen     | Ursula von der Leyen",
        "Bashar al-Assad            | PERSON | Bashar al-Assad          | Bashar al-Assad",
        "Mohammed bin Salman        | PERSON | Mohammed bin Salman      | Mohammed bin Salman",
        "Recep Tayyip Erdoğan       | PERSON | Recep Tayyip Erdoğan     | Recep Tayyip Erdoğan",
        "Путин                      | PERSON | Путин                    | Путин",
        "NATO                       | PERSON | NATO                     | NATO",
        "G7                         | PERSON | G7                       | G7",
        "Biden Putin                | PAIR   | Biden & Putin            | Biden;Putin",
        "Hunter Biden               | PERSON | Hunter Biden             | Hunter Biden",
        "Boris Johnson              | PAIR   | Boris & Johnson          | Boris;Johnson",
        "Victoria Nuland            | PERSON | Victoria Nuland          | Victoria Nuland",
        "Biden Zelensky             | PERSON | Biden Zelensky           | Biden Zelensky",
        "Russia cyber talks         | TOPIC  | Russia cyber talks       | ",
        "climate                    | TOPIC  | climate                  | ",
        "nuland                     | TOPIC  | nuland                   | ",
        "Biden Putin Xi Jinping Lula | TOPIC | Biden Putin Xi Jinping Lula | ",
        "\"Biden Putin\"            | TOPIC  | Biden Putin              | ",
        "«Nuland»                   | TOPIC  | Nuland                   | ",
        "sanctions and tariffs      | TOPIC  | sanctions and tariffs    | ",
        "Biden & Putin & Xi         | TOPIC  | Biden & Putin & Xi       | ",
        "Biden and the Kremlin      | TOPIC  | Biden and the Kremlin    | ",
        "the Biden administration   | TOPIC  | the Biden administration | ",
      })
  void readsKindTextAndPeople(String typed, Kind kind, String text, String people) {
    FollowText.Parsed p = parser.parse(typed);
    List<String> names = people == null ? List.of() : Arrays.asList(people.split(";"));
    assertThat(p).isEqualTo(new FollowText.Parsed(kind, text, names));
  }

  @Test
  void aPairOfWordsIsAPairOnlyWhenThePredicateKnowsBoth() {
    FollowText knowsNobody = new FollowText(name -> false);
    assertThat(knowsNobody.parse("Biden Putin").kind()).isEqualTo(Kind.PERSON);
    assertThat(knowsNobody.parse("Biden & Putin").kind()).isEqualTo(Kind.PAIR);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''          | Follow what?",
        "'   '       | Follow what?",
        "?!…         | no words to follow",
        "\"\"        | no words to follow",
        "Biden & Biden | two different names",
      })
  void refusesWithAClearMessage(String typed, String says) {
    assertThatThrownBy(() -> parser.parse(typed))
        .isInstanceOf(FollowException.class)
        .hasMessageContaining(says);
  }

  @Test
  void refusesTooLongText() {
    String ok = "a".repeat(FollowText.MAX_LENGTH);
    assertThat(parser.parse(ok).text()).hasSize(FollowText.MAX_LENGTH);
    assertThatThrownBy(() -> parser.parse(ok + "b"))
        .isInstanceOf(FollowException.class)
        .hasMessageContaining("at most 100")
        .hasMessageContaining("/follow Russia cyber talks");
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(FollowException.class);
  }
}
