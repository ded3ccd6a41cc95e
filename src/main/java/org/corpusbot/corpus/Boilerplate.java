package org.corpusbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Separates what surrounds an article from the article: photo credits become metadata, sign-offs
 * ("Reuter") are dropped. Only whole paragraphs at the very start or end are considered, so a
 * sentence inside the story that mentions a photo is never lost.
 */
final class Boilerplate {
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?i)^(?:(?:preview|top|main|cover|lead|header|featured)\\s+)?(?:photo|photograph|picture|image|illustration|video)s?(?:\\s+credit)?\\s*(?::|by\\b|©).{0,160}$");
  private static final Pattern AGENCY_CREDIT =
      Pattern.compile(
          "(?i)^[^.!?]{2,80}\\s/\\s(?:AP|AFP|Reuters|Getty Images|EPA|TASS|Sputnik|Bloomberg|Shutterstock)$");
  private static final Pattern SIGN_OFF =
      Pattern.compile("(?i)^(?:reuter|reuters|\\(reuters\\)|ap|afp|-+|###|\\*+|end)$");

  /** The article's paragraphs without credits and sign-offs, and the credit found (or null). */
  record Split(List<String> paragraphs, String credit) {}

  static Split split(List<String> paragraphs) {
    List<String> body = new ArrayList<>(paragraphs);
    List<String> credits = new ArrayList<>();
    while (!body.isEmpty()) {
      String last = body.get(body.size() - 1);
      if (isCredit(last)) {
        credits.add(0, last);
      } else if (!SIGN_OFF.matcher(last).matches()) {
        break;
      }
      body.remove(body.size() - 1);
    }
    while (!body.isEmpty() && isCredit(body.get(0))) {
      credits.add(body.remove(0));
    }
    return new Split(body, credits.isEmpty() ? null : String.join("; ", credits));
  }

  static boolean isCredit(String paragraph) {
    return CREDIT.matcher(paragraph).matches() || AGENCY_CREDIT.matcher(paragraph).matches();
  }
}
