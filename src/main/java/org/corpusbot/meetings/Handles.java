package org.corpusbot.meetings;

import java.util.List;
import java.util.Optional;

/**
 * A social-media handle quoted in a story ("Jill and I just spoke to @KamalaHarris"): the person
 * the article names in full with the handle's words ("Kamala Harris"), else someone unnamed. Never
 * nothing: a handle left unread made "Jill and I" each other's contact.
 */
final class Handles {
  private Handles() {}

  /**
   * The handle starting at token {@code i}, one token ("@IlonaBrandt") or "@" glued to a word (the
   * tokenizer does either), or empty.
   */
  static Optional<Mention> at(List<Token> tokens, int i, NameRegistry names) {
    String w = tokens.get(i).word();
    boolean whole = w.length() > 1 && w.charAt(0) == '@' && Character.isLetter(w.charAt(1));
    boolean split =
        w.equals("@")
            && i + 1 < tokens.size()
            && tokens.get(i + 1).gluedTo(tokens.get(i))
            && Character.isLetter(tokens.get(i + 1).word().charAt(0));
    if (!whole && !split) {
      return Optional.empty();
    }
    String handle = whole ? w.substring(1) : tokens.get(i + 1).word();
    int end = whole ? i + 1 : i + 2;
    String full = names.personByHandle(handle);
    Participant p =
        full != null
            ? new Participant(full, Participant.Kind.PERSON, null)
            : new Participant("@" + handle, Participant.Kind.DESCRIBED, null);
    return Optional.of(new Mention(i, end, p, false));
  }
}
