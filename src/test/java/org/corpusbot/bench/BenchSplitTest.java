package org.corpusbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchSplitTest {

  // first bytes of sha256("split:" + id), computed apart: q1 144, q2 250, 20220107_26 192,
  // 20220107_24 71
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"q1, DEV", "q2, DEV", "20220107_26, DEV", "20220107_24, HELDOUT"})
  void evenFirstHashByteIsDev(String id, BenchSplit expected) {
    assertThat(BenchSplit.of(id)).isEqualTo(expected);
    assertThat(BenchSplit.ALL.holds(id)).isTrue();
    assertThat(expected.holds(id)).isTrue();
    assertThat((expected == BenchSplit.DEV ? BenchSplit.HELDOUT : BenchSplit.DEV).holds(id))
        .isFalse();
  }

  @Test
  void parsesTheCommandLineNamesAndRefusesOthers() {
    assertThat(BenchSplit.parse("dev")).isEqualTo(BenchSplit.DEV);
    assertThat(BenchSplit.parse("heldout")).isEqualTo(BenchSplit.HELDOUT);
    assertThat(BenchSplit.parse("all")).isEqualTo(BenchSplit.ALL);
    assertThatThrownBy(() -> BenchSplit.parse("test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dev, heldout or all");
  }
}
