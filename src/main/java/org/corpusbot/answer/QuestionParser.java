package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a multiple-choice question written as {@code "… Options: a; b; c; d."} into its body and
 * options, the way quiz questions are usually pasted. Text without an options list is a question
 * with no options.
 */
public final class QuestionParser {
  private static final Pattern OPTIONS = Pattern.compile("(?i)\\boptions?\\s*:");

  private QuestionParser() {}

  public static Question parse(Question q) {
    if (!q.options().isEmpty()) {
      return q;
    }
    var m = OPTIONS.matcher(q.text());
    int at = -1;
    int end = -1;
    while (m.find()) {
      at = m.start();
      end = m.end();
    }
    if (at < 0) {
      return q;
    }
    List<String> options = new ArrayList<>();
    for (String part : q.text().substring(end).split(";")) {
      String o = part.strip().replaceAll("[.\\s]+$", "");
      if (!o.isEmpty()) {
        options.add(o);
      }
    }
    if (options.size() < 2) {
      return q;
    }
    return new Question(q.text().substring(0, at).strip(), q.asOf(), options, q.history());
  }
}
