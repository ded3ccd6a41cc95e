package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A chosen sentence that announces a list ("the countries can work together on a number of issues")
 * is followed in the answer by the next sentence when that one gives the list ("Among other things,
 * he mentioned the issues of armaments, …"): without it the answer names no issue.
 */
final class ListFollowers {
  private static final Pattern ANNOUNCES =
      Pattern.compile(
          "\\b(?:a (?:number|range|series|host|list) of|several|various|some|many|a few|these"
              + "|the following)\\s+\\w+$|:$");
  private static final Pattern GIVES =
      Pattern.compile(
          "^(?:Among (?:other things|them|those|others)|These (?:include|are)|They (?:include|are)"
              + "|Those (?:include|are)|This includes|Including|For example|For instance)\\b");

  /**
   * The next sentence quoting whom the one before names: "Healey referenced her unique background.
   * “When you’re a five-four pro basketball player, …,” she said." (user trial 58: the answer to
   * what she said stopped before her words).
   */
  private static final Pattern QUOTE_BY_PRONOUN =
      Pattern.compile(
          "^[“\"][^”\"]{12,}[”\"],? (?:he|she|they) (?:said|says|added|wrote|told|recalled"
              + "|explained)\\b");

  private static final Pattern HAS_QUOTE = Pattern.compile("[“”\"]");

  private ListFollowers() {}

  /**
   * For a question about what someone said: {@code chosen} with the quote that follows its best
   * sentence when that sentence quotes no one and the next one quotes "she" or "he", right after it
   * (the answer's last sentence gives way when it is full).
   */
  /**
   * Whether the sentence names the one the question asks about (its first name) and no other name
   * of the question: "she" in the next sentence is then that one, not Harris of "What did Biden say
   * about Harris?" (review 58).
   */
  private static boolean onlySpeakerNamed(String question, String sentence) {
    List<String> names = List.copyOf(QuestionNames.in(question));
    if (names.isEmpty()) {
      return true; // "what did healey say …" typed in lower case: no other name to take "she" for
    }
    Mentions mentions = new Mentions(sentence);
    for (int i = 0; i < names.size(); i++) {
      boolean named = mentions.mentions(List.of(names.get(i).split("\\s+")));
      if (named != (i == 0)) {
        return false;
      }
    }
    return true;
  }

  static List<Candidate> withQuote(String question, List<Candidate> chosen, int max) {
    if (chosen.isEmpty() || !ReasonCues.asksSaying(question)) {
      return chosen;
    }
    Candidate best = chosen.get(0);
    Optional<Candidate> next =
        HAS_QUOTE.matcher(best.text()).find() || !onlySpeakerNamed(question, best.text())
            ? Optional.empty()
            : Neighbours.next(best);
    if (next.isEmpty()
        || !QUOTE_BY_PRONOUN.matcher(next.get().text()).find()
        || holds(chosen, next.get())) {
      return chosen;
    }
    List<Candidate> out = new ArrayList<>(chosen);
    out.add(1, next.get());
    return out.size() > max ? out.subList(0, max) : out;
  }

  /**
   * {@code chosen} with the list each sentence announces: right after it while the answer has room
   * for {@code max} sentences, else in its place (the list is the content, the announcement only
   * leads to it). No chosen sentence is pushed out for a list.
   */
  static List<Candidate> expand(List<Candidate> chosen, int max) {
    List<Candidate> out = new ArrayList<>(chosen);
    for (int i = 0; i < out.size(); i++) {
      Candidate c = out.get(i);
      Optional<Candidate> next = announces(c) ? Neighbours.next(c) : Optional.empty();
      if (next.isEmpty() || !GIVES.matcher(next.get().text()).find() || holds(out, next.get())) {
        continue;
      }
      if (out.size() < max) {
        out.add(++i, next.get());
      } else {
        out.set(i, next.get());
      }
    }
    return out;
  }

  private static boolean holds(List<Candidate> out, Candidate c) {
    return out.stream().anyMatch(o -> o.start() == c.start() && same(o, c));
  }

  private static boolean announces(Candidate c) {
    String s = c.text().strip();
    return ANNOUNCES.matcher(s.endsWith(".") ? s.substring(0, s.length() - 1) : s).find();
  }

  private static boolean same(Candidate a, Candidate b) {
    return a.hit().article().id().equals(b.hit().article().id());
  }
}
