package org.corpusbot.app;

import java.time.LocalDate;
import org.corpusbot.corpus.Dates;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Command-line dates in any format the corpus reader knows (2021-10-31, Oct 31, 2021, …). */
final class DateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    return Dates.parse(value)
        .orElseThrow(
            () -> new TypeConversionException("'" + value + "' is not a date; use YYYY-MM-DD"));
  }
}
