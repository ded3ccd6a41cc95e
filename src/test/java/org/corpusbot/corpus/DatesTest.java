package org.corpusbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2021-10-31|2021-10-31",
        "2022/01/07|2022-01-07",
        "26-FEB-1987 15:01:01.79|1987-02-26",
        "3-MAR-1987  09:15:05.40|1987-03-03",
        "27-MAR-1987 00:02:59.13RM|1987-03-27",
        "October 31, 2021|2021-10-31",
        "Oct. 31, 2021|2021-10-31",
        "31 October 2021|2021-10-31",
        "2021-10-31T10:00:00Z|2021-10-31",
        "2024-03-15T08:30:00+02:00|2024-03-15",
        "Sun, 31 Oct 2021 10:00:00 GMT|2021-10-31",
        "1635674400|2021-10-31"
      })
  void parsesTheFormatsNewsSourcesUse(String text, String expected) {
    assertThat(Dates.parse(text)).contains(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "yesterday-ish", "2021-13-45", "32 Foo 2020"})
  void rejectsWhatIsNotADate(String text) {
    assertThat(Dates.parse(text)).isEmpty();
  }
}
