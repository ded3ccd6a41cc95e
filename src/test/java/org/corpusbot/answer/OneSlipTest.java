package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OneSlipTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    // a, b, one slip apart
    "putin, puttin, true",
    "puttin, putin, true",
    "ukraine, ukriane, true",
    "house, hosue, true",
    "gasbuddy, gasbudy, true",
    "peskov, pezkov, true",
    "peskov, peskovs, true",
    "peskov, eskov, true",
    "peskov, peskov, false",
    "peskov, pezkof, false",
    "pearson, pierson, false",
    "peskov, pesk, false",
    "ab, ba, true",
    "abc, cba, false",
    "abcd, badc, false",
  })
  void countsOneAddedDroppedChangedOrSwappedLetter(String a, String b, boolean apart) {
    assertThat(OneSlip.apart(a, b)).isEqualTo(apart);
    assertThat(OneSlip.apart(b, a)).isEqualTo(apart);
  }
}
