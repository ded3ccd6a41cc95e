package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a pronoun or "the company" stands for in one sentence: the one who said it ("A said it met
 * B"), the nearest fitting mention earlier in the sentence, or, from {@link Referents}, the person
 * or organisation the article named last before it; and whose "its talks" or "their summit" it is.
 * Nothing when no candidate is sure: a wrong guess makes a false contact.
 */
final class Pronouns {
  private final Clause c;
  private final Referents.Scope refs;

  Pronouns(Clause clause, Referents.Scope refs) {
    this.c = clause;
    this.refs = refs;
  }

  /**
   * What "the company" (the {@code noun} after "the" at {@code theAt}) stands for: the speaker when
   * it reports ("Zenith Steel chairman Paul Ames said the company …": his company), else the
   * organisation of the story; null when neither is sure.
   */
  Participant organisation(int theAt, String noun) {
    if (Clause.REPORTING.contains(c.lower(theAt - 1))) {
      Optional<Mention> speaker = c.speakerOf(theAt - 1);
      if (speaker.isPresent()) {
        Participant p = speaker.get().participant();
        if (p.kind() == Participant.Kind.GROUP && !speaker.get().place()) {
          return p;
        }
        if (p.kind() == Participant.Kind.PERSON) {
          Participant employer = employer(p.title());
          if (employer != null) {
            return employer;
          }
        }
      }
    }
    return refs == null ? null : refs.organisation(noun);
  }

  /** The organisation a title names before its role ("Zenith Steel chairman"), or null. */
  private static Participant employer(String title) {
    if (title == null) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String w : title.split("\\s+")) {
      if (!Character.isUpperCase(w.charAt(0))) {
        break;
      }
      words.add(w);
    }
    boolean roleFollows = words.size() < title.split("\\s+").length;
    return roleFollows && NameParts.isOrganisation(words, Lexicons.get())
        ? new Participant(NameParts.clean(String.join(" ", words)), Participant.Kind.GROUP, null)
        : null;
  }

  /**
   * The owner of a possessive pronoun before a noun trigger: "its talks with Peking" is the
   * clause's subject (the first fitting mention), "his meeting" the person last named, "their
   * summit" the people named.
   */
  List<Participant> owner(int pronounAt) {
    String p = c.lower(pronounAt);
    if (p.equals("my")) {
      return quotedSpeaker(pronounAt); // "“During my conversation with B, …,” A said"
    }
    if (p.equals("their")) {
      return several(pronounAt);
    }
    String as = p.equals("its") ? "it" : p.equals("her") ? "she" : "he";
    if (!as.equals("it") && fronted(pronounAt)) {
      List<Participant> subject = subjectAfterComma(pronounAt);
      // "In his talks with B, trade dominated": "in" also opens phrases whose clause names no
      // subject, so only a person opening the clause is taken; otherwise "his" is found as usual
      boolean sure =
          !c.lower(afterDateLabel()).equals("in") || subject != null && !subject.isEmpty();
      if (subject != null && sure) {
        return subject; // "After his meeting with B, A said …": A's meeting
      }
    }
    for (Mention m : c.mentions) {
      if (m.to() <= pronounAt && fits(as, m.participant()) && !c.locative(m) && !c.reported(m)) {
        return List.of(m.participant());
      }
    }
    for (Mention m : c.mentions) {
      // "Lind said his meeting with the king was warm": the speaker, when no one else comes first
      boolean speaker =
          Clause.REPORTING.contains(c.lower(m.to()))
              && m.participant().kind() == Participant.Kind.PERSON
              && !speaksForOthers(m.participant());
      if (!as.equals("it")
          && speaker
          && m.to() <= pronounAt
          && !c.locative(m)
          && fits(as, m.participant())) {
        return List.of(m.participant());
      }
      // "Acme Corp said its talks with B had ended": a body speaking of its own talks, as "Acme
      // Corp said it held talks with B" (an outlet's "its" is its own story's, never a contact's)
      if (as.equals("it")
          && Clause.REPORTING.contains(c.lower(m.to()))
          && m.to() <= pronounAt
          && m.participant().kind() == Participant.Kind.GROUP
          && !c.locative(m)
          && !c.media(m)) {
        return List.of(m.participant());
      }
    }
    if (!as.equals("it") && refs != null) {
      Participant last = refs.person();
      return last == null || Genders.mismatch(last, Genders.of(p)) ? List.of() : List.of(last);
    }
    return List.of();
  }

  /**
   * "Spokeswoman Anna Berg told reporters his meeting with B …": a spokesperson, aide, analyst or
   * lawyer speaks of someone else's meeting.
   */
  private static boolean speaksForOthers(Participant p) {
    String title = p.title() == null ? "" : p.title().toLowerCase(java.util.Locale.ROOT);
    return SPEAKS_FOR.stream().anyMatch(title::contains);
  }

  private static final Set<String> SPEAKS_FOR =
      Set.of(
          "spokes",
          "aide",
          "analyst",
          "official",
          "adviser",
          "advisor",
          "press secretary",
          "lawyer",
          "attorney",
          "expert",
          "correspondent",
          "reporter");

  /** A possessive in the phrase that opens the sentence: "After his meeting with B, …". */
  private boolean fronted(int pronounAt) {
    int s = afterDateLabel();
    return pronounAt >= s + 1
        && pronounAt <= s + 2
        && FRONTING.contains(c.lower(s))
        && (pronounAt == s + 1 || c.lower(s + 1).equals("of"));
  }

  /**
   * Where the sentence proper starts after a timeline's date label ("July 18, 2018: During his
   * meeting with Putin, Trump …"), else 0: the label is not the phrase the sentence opens with.
   */
  private int afterDateLabel() {
    for (int k = 0; k < Math.min(c.t.size(), 7); k++) {
      String w = c.lower(k);
      if (w.equals(":") && k > 0) {
        return k + 1;
      }
      boolean dateWord = month(w) || w.equals(",") || w.chars().allMatch(Character::isDigit);
      if (!dateWord) {
        return 0;
      }
    }
    return 0;
  }

  /** A month's name, or its abbreviation with a full stop ("Sept.", "Oct."). */
  static boolean month(String w) {
    String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    return java.util.Arrays.stream(java.time.Month.values())
        .map(m -> m.name().toLowerCase(java.util.Locale.ROOT))
        .anyMatch(m -> m.equals(w) || w.endsWith(".") && bare.length() >= 3 && m.startsWith(bare));
  }

  /**
   * The person the sentence's main clause opens with, after the comma that closes the fronted
   * phrase; nothing when it opens with someone unnamed ("the Israeli prime minister"): the person
   * named last before the sentence is then no safer a guess. Null when it opens with "he" or "she"
   * ("In his talks with B, he said, …"): the possessive and the subject are one person, found as
   * any other "his".
   */
  private List<Participant> subjectAfterComma(int pronounAt) {
    for (int k = pronounAt + 1; k < c.t.size(); k++) {
      if (c.lower(k).equals(",")) {
        if (SUBJECT_PRONOUNS.contains(c.lower(k + 1))) {
          return null;
        }
        Optional<Mention> m = c.startingAt(k + 1);
        if (m.isPresent() && listGoesOn(m.get().to())) {
          continue; // "with Abbas, Sisi and King Abdullah, Blinken …": Sisi is one of those met
        }
        return m.isPresent() && m.get().participant().kind() == Participant.Kind.PERSON
            ? List.of(m.get().participant())
            : List.of();
      }
    }
    return List.of();
  }

  /**
   * Whether the names go on past {@code after} to a comma that closes them: "Sisi and King
   * Abdullah, Blinken …", but not "Thatcher and the Soviet Premier were joined …".
   */
  private boolean listGoesOn(int after) {
    if (after >= c.t.size()) {
      return false;
    }
    if (c.lower(after).equals(",")) {
      if (!APPOSITIVE.contains(c.lower(after + 1))) {
        return true;
      }
      // "Lankford, a former Baptist minister, said": an appositive, not one more name, unless the
      // list goes on past it ("with Abbas, Hale, the Egyptian president, and King Vick, Lind …")
      for (int k = after + 2; k < c.t.size(); k++) {
        if (c.lower(k).equals(",")) {
          String next = c.lower(k + 1);
          return next.equals("and")
              || next.equals("or")
              || k + 1 < c.t.size()
                  && c.t.get(k + 1).capitalized()
                  && c.startingAt(k + 1).isPresent();
        }
      }
      return false;
    }
    boolean and = c.lower(after).equals("and") || c.lower(after).equals("or");
    if (!and || after + 1 >= c.t.size() || !c.t.get(after + 1).capitalized()) {
      return false;
    }
    for (int k = after + 2; k < c.t.size(); k++) {
      if (c.lower(k).equals(",")) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> SUBJECTS =
      java.util.Set.of("he", "she", "they", "it", "i", "we", "you", "who");

  private static final java.util.Set<String> APPOSITIVE = java.util.Set.of("a", "an", "the");

  private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she");

  /** Words opening a subordinate clause that comes before its main clause. */
  private static final java.util.Set<String> SUBORDINATORS =
      java.util.Set.of(
          "when",
          "while",
          "as",
          "after",
          "before",
          "since",
          "although",
          "though",
          "once",
          "if",
          "because",
          "whenever");

  private static final java.util.Set<String> FRONTING =
      java.util.Set.of(
          "after",
          "before",
          "following",
          "during",
          "since",
          "ahead",
          "upon",
          "at",
          "in",
          "leaving"); // "Leaving his meeting with B, A was briefed"

  /** "they met", "their first summit": the people (or groups) named earlier in the sentence. */
  private List<Participant> several(int before) {
    List<Participant> people = new ArrayList<>();
    List<Participant> groups = new ArrayList<>();
    for (Mention m : c.mentions) {
      if (m.to() > before
          || c.reported(m)
          || c.locative(m)
          || m.participant().kind() == Participant.Kind.DESCRIBED) {
        continue;
      }
      (m.participant().kind() == Participant.Kind.PERSON ? people : groups).add(m.participant());
    }
    List<Participant> pick = people.size() >= 2 ? people : groups.size() >= 2 ? groups : List.of();
    return pick.size() > 3 ? pick.subList(pick.size() - 3, pick.size()) : pick;
  }

  /**
   * Who reports with the verb at {@code verbAt}: "A said", "A <TICK> said", or past a parenthetical
   * ("A, a firm with a stake in B, said it …": A said it).
   */
  private Optional<Mention> speaker(int verbAt) {
    Optional<Mention> speaker = c.speakerOf(verbAt);
    if (speaker.isPresent()) {
      return speaker;
    }
    int k = verbAt - 1;
    while (k >= 0
        && (Clause.BETWEEN_SPEAKER_AND_VERB.contains(c.lower(k))
            || c.lower(k - 1).equals("<") && c.t.get(k).allCaps())) {
      k--; // "Montedison Spa <MONI.MI> said it …": past the stock ticker
    }
    if (!c.lower(k).equals(",")) {
      return Optional.empty();
    }
    k = Subjects.openingComma(c, k) - 1;
    if (k < -1) {
      return Optional.empty();
    }
    return c.endingAt(k + 1);
  }

  /** The mention and those joined to it before by "and" or commas: "A, B and C". */
  private List<Participant> coordinated(Mention last) {
    List<Participant> out = new ArrayList<>(List.of(last.participant()));
    int k = last.from() - 1;
    if (c.lower(k).equals("the") || c.lower(k).equals("<")) {
      k--; // "A and the B union", "A and <B Inc>" (Reuters brackets unlisted firms)
    }
    if (!c.lower(k).equals("and")) {
      return out; // not "In a statement to Reuters, A said they …": only "A, B and C"
    }
    while (k > 0 && (c.lower(k).equals("and") || c.lower(k).equals(","))) {
      Optional<Mention> before = c.endingAt(k);
      if (before.isEmpty()
          || before.get().participant().kind() == Participant.Kind.DESCRIBED
          || before.get().place()
          || c.media(before.get())) {
        break;
      }
      out.add(0, before.get().participant());
      k = before.get().from() - 1;
    }
    return out;
  }

  /**
   * Participles of saying: "with Beshear telling MSNBC that he had spoken with …" makes the name
   * after "with" the one who speaks, not the one met.
   */
  private static final Set<String> SAYING =
      Set.of("telling", "saying", "adding", "noting", "insisting", "arguing", "claiming");

  /** Participles after a comma whose subject is the main clause's: ", saying he …". */
  private static final Set<String> PARTICIPLES =
      Set.of("saying", "adding", "noting", "insisting", "arguing", "claiming", "explaining");

  /**
   * The person the sentence opens its main clause with, before {@code before}: the first person
   * named whose next word is a verb ("Ukrainian President Volodymyr Zelensky responded …"), when it
   * fits the pronoun; empty otherwise.
   */
  private Optional<Mention> mainSubject(int before, String pronoun) {
    for (Mention m : c.mentions) {
      if (m.to() >= before) {
        return Optional.empty();
      }
      if (m.participant().kind() == Participant.Kind.PERSON) {
        boolean verbNext = m.to() < c.t.size() && c.isVerb(m.to());
        return verbNext && fits(pronoun, m.participant()) ? Optional.of(m) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The person whose words {@code topic} is the topic of: the possessive person a word or two
   * before the noun of speech that "about" follows ("Trump's initial remarks about Musk"), when the
   * pronoun fits them; not for "Lind's book about Holm recounts how he met …", whose "he" is Holm.
   */
  private Optional<Mention> topicsOwner(Mention topic, String pronoun) {
    if (!WORDS_SAID.contains(c.lower(topic.from() - 2))) {
      return Optional.empty();
    }
    for (int k = topic.from() - 2; k >= 0 && topic.from() - k <= 4; k--) {
      Optional<Mention> m = c.endingAt(k + 1);
      if (m.isPresent()) {
        boolean owner =
            c.t.get(k).possessive() && m.get().participant().kind() == Participant.Kind.PERSON;
        return owner && fits(pronoun, m.get().participant()) ? m : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Nouns of what someone said: "remarks about B". */
  private static final Set<String> WORDS_SAID =
      Set.of(
          "remarks",
          "remark",
          "speech",
          "words",
          "interview",
          "attack",
          "claim",
          "comments",
          "comment",
          "statement",
          "statements",
          "criticism",
          "attacks",
          "jokes",
          "tweets",
          "tweet",
          "posts",
          "claims",
          "accusations",
          "complaints");

  /** Words that open an appositive describing the name before it: "A, the former chief of B,". */
  private static final Set<String> APPOSITIVE_OPENERS = Set.of("the", "a", "an", "its", "their");

  /**
   * The person an appositive describes when {@code m} is only a name inside it ("David Pecker, the
   * former CEO of American Media Inc., which owned …, said he …": Pecker said, not the company), or
   * empty.
   */
  private Optional<Mention> appositiveOwner(Mention m) {
    for (int k = m.from() - 1; k >= 1 && m.from() - k < 10; k--) {
      if (c.t.get(k).capitalized()) {
        return Optional.empty(); // another name before the company: no plain description
      }
      if (c.lower(k).equals(",")) {
        Optional<Mention> owner = c.endingAt(k);
        boolean person =
            owner.isPresent() && owner.get().participant().kind() == Participant.Kind.PERSON;
        return person && APPOSITIVE_OPENERS.contains(c.lower(k + 1)) ? owner : Optional.empty();
      }
    }
    return Optional.empty();
  }

  List<Participant> of(int i) {
    if (PARTICIPLES.contains(c.lower(i - 1)) && c.lower(i - 2).equals(",")) {
      Optional<Mention> subject = mainSubject(i - 2, c.lower(i));
      if (subject.isPresent()) {
        // "Zelensky responded to Putin with a speech, saying he had spoken to Biden": the one
        // saying is the main clause's subject, not the person named last
        return List.of(subject.get().participant());
      }
    }
    if (Clause.REPORTING.contains(c.lower(i - 1))) {
      Optional<Mention> speaker = speaker(i - 1);
      if (speaker.isPresent()) {
        Mention said =
            SUBJECT_PRONOUNS.contains(c.lower(i)) // a person's appositive
                ? appositiveOwner(speaker.get()).orElse(speaker.get())
                : speaker.get();
        List<Participant> together = c.lower(i).equals("they") ? coordinated(said) : List.of();
        if (together.size() >= 2) {
          return together; // "Paula Reed and Joey Reed said they had spoken to Biden": both
        }
        return List.of(said.participant()); // "A said it met B"
      }
    }
    String p = c.lower(i);
    if (p.equals("they")) {
      return several(i);
    }
    if (Clause.REPORTING.contains(c.lower(i - 1))
        && Referents.NOUNS.contains(c.lower(i - 2))
        && c.lower(i - 3).equals("the")) {
      Participant org = organisation(i - 3, c.lower(i - 2)); // "the union said it broke off …"
      return org == null ? List.of() : List.of(org);
    }
    if (SUBJECT_PRONOUNS.contains(p)
        && Clause.REPORTING.contains(c.lower(i - 1))
        && unknownSpeaker(i - 1)) {
      // "The EU leader said she spoke with …", "Johnson said he spoke with …" where no Johnson is
      // named in full: the one who speaks is the one who met, and the person named last is not
      return List.of();
    }
    if (SUBJECT_PRONOUNS.contains(p) && i == 1 && SUBORDINATORS.contains(c.lower(0))) {
      // "When he visited the Queen at Windsor, President Joe Biden said …": the main clause's
      // subject, named after the pronoun, not the person named before the sentence
      List<Participant> main = subjectAfterComma(i);
      if (main != null && !main.isEmpty()) {
        return main;
      }
    }
    for (int j = i - 1; j >= 0; j--) {
      Optional<Mention> m = c.endingAt(j + 1);
      boolean person = p.equals("he") || p.equals("she");
      if (m.isPresent()
          && fits(p, m.get().participant())
          && !Genders.mismatch(Genders.ofKin(c.lower(m.get().from() - 1)), Genders.of(p))
          && !c.locative(m.get())
          && !(person
              && c.lower(m.get().from() - 1).equals("with")
              && !SAYING.contains(c.lower(m.get().to())))) {
        int same =
            person && c.t.get(m.get().to() - 1).possessive() && !toldOf(m.get().to())
                ? before(p, m.get().from())
                : -1;
        if (same >= 0) {
          // "Biden said he raised Khashoggi's murder while he was meeting B": the "he" before the
          // possessive is who this one is, not the person whose thing was spoken of
          return of(same);
        }
        Optional<Mention> owner =
            c.lower(m.get().from() - 1).equals("about")
                ? topicsOwner(m.get(), p)
                : Optional.empty();
        // not "the interview A did with B, she …": B; not "Trump's remarks about Musk came as he
        // sat next to Merz": Musk is what was spoken about, Trump the one who spoke (audit 36)
        return List.of(owner.orElse(m.get()).participant());
      }
    }
    if (refs == null || (p.equals("he") || p.equals("she")) && quoted(i)) {
      // "“… when he spoke with the President,” Miller said": whoever is quoted says "I" of
      // himself, so the person named last (often the speaker) is the one "he" is least likely
      return List.of();
    }
    Participant fallback =
        p.equals("it") ? refs.organisation("it") : p.equals("they") ? null : refs.person();
    return fallback == null || named(fallback) || Genders.mismatch(fallback, Genders.of(p))
        ? List.of()
        : List.of(fallback);
  }

  /**
   * What the pronoun opening a list of subjects stands for ("he and Sen. Lindsey Graham are in
   * talks"), since the list puts it into a contact at once: the speaker of the reporting verb right
   * before it, past "that" ("Blumenthal said he and …", "Zelensky tweeted that he and …"), when the
   * pronoun fits the speaker; the subject the sentence named before it ("Blinken made a visit to
   * Ramallah, where he and …"); or, when the pronoun opens the sentence ("He and Macron discussed
   * …", "In August, she and …"), the person named last before the sentence, the same guess a lone
   * "he met B" makes. Nothing otherwise: in "A day after he and other senators visited B, McConnell
   * said" the one meant is named after it; a possessive's owner is no safer ("When Lind's minister
   * arrived, he and …").
   */
  List<Participant> listHead(int i) {
    String p = c.lower(i);
    int verb = c.lower(i - 1).equals("that") ? i - 2 : i - 1;
    if (Clause.REPORTING.contains(c.lower(verb))) {
      Optional<Mention> said = speaker(verb);
      if (said.isEmpty() && c.lower(verb - 1).equals(p) && verb - 1 != i) {
        // "He said he and Economy Minister B had discussed …": the "he" who speaks, found as any
        return of(verb - 1).stream().filter(x -> fits(p, x)).toList();
      }
      return said.isPresent() && fits(p, said.get().participant())
          ? List.of(said.get().participant())
          : List.of();
    }
    if (opensSentence(i)) {
      return of(i).stream().filter(x -> fits(p, x)).toList();
    }
    for (int j = i - 1; j >= 0; j--) {
      Optional<Mention> m = c.endingAt(j + 1);
      boolean sameKind =
          m.isPresent()
              && (m.get().participant().kind() == Participant.Kind.PERSON) == !p.equals("it");
      if (!sameKind || c.locative(m.get()) || m.get().place()) {
        continue; // "a visit to Ramallah in the West Bank, where he …": no person
      }
      boolean subject = m.get().to() < c.t.size() && c.isVerb(m.get().to());
      return subject && fits(p, m.get().participant()) ? List.of(m.get().participant()) : List.of();
    }
    return List.of();
  }

  /**
   * Whether the pronoun at {@code i} opens its sentence, or follows only a short phrase of time or
   * place set off by a comma, with no verb and no one named in it ("In August, she …").
   */
  private boolean opensSentence(int i) {
    if (i == 0) {
      return true;
    }
    if (!c.lower(i - 1).equals(",") || i > 6) {
      return false;
    }
    for (int k = 0; k < i - 1; k++) {
      boolean someone = c.startingAt(k).filter(m -> !m.place()).isPresent();
      if (c.isVerb(k) || someone) {
        return false;
      }
    }
    return true;
  }

  /**
   * Who says "I", "my" or "me" at {@code i}: the person the sentence quotes, when the pronoun
   * stands inside quotation marks attributed to a named person ({@link Quotes}); for "…,” she said"
   * the person whose name opened the sentence just before, if no one else has been named since (the
   * sentence's own names are what the quote speaks of: a guess as loose as a lone "she met B" took
   * a congressman for a president); for a quote that fills the sentence, the speaker of the quote
   * that closed the sentence before it. Nothing otherwise: outside quotes "I" is the writer or a
   * transcript's speaker, and a quote attributed elsewhere may be anyone's.
   */
  List<Participant> quotedSpeaker(int i) {
    Quotes quotes = new Quotes(c);
    Optional<Quotes.Quote> q = quotes.around(i);
    if (q.isEmpty()) {
      return List.of();
    }
    int pronoun = quotes.pronounAfter(q.get());
    if (pronoun >= 0) {
      Participant last = refs == null ? null : refs.speaker();
      return last == null || named(last) || !fits(c.lower(pronoun), last)
          ? List.of()
          : List.of(last);
    }
    Optional<Mention> speaker = quotes.attributed(q.get());
    if (speaker.isEmpty() && quotes.fillsSentence(q.get())) {
      Participant carried = refs == null ? null : refs.quoteSpeaker();
      return carried == null ? List.of() : List.of(carried);
    }
    return speaker
        .map(Mention::participant)
        .filter(p -> p.kind() == Participant.Kind.PERSON)
        .map(List::of)
        .orElse(List.of());
  }

  /** Whether token {@code i} stands inside quotation marks opened in its sentence. */
  private boolean quoted(int i) {
    return new Quotes(c).openBefore(i) >= 0;
  }

  /**
   * Whether the noun a possessive owns at {@code noun} opens what it says ("Lind's claim that he
   * …", "Lind's records, which show he …"): then the "he" inside may well be the owner.
   */
  private boolean toldOf(int noun) {
    for (int k = noun + 1; k <= noun + 2 && k < c.t.size(); k++) {
      if (TOLD_OF.contains(c.lower(k))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> TOLD_OF = Set.of("that", "which", ",", "who", "showing");

  /**
   * The {@code pronoun} just before the possessive name starting at {@code end}, only a verb and
   * its particles between ("he raised Hadi's", "he brought up Hadi's"), or -1: not "… Lind's doctor
   * told him he …", where a noun stands between and "he" may be Lind.
   */
  private int before(String pronoun, int end) {
    for (int k = end - 1; k >= Math.max(0, end - 4); k--) {
      if (c.lower(k).equals(pronoun)) {
        return k;
      }
      String tag = c.t.get(k).tag();
      if (!"VERB".equals(tag) && !"ADP".equals(tag) && !"ADV".equals(tag) && !"PART".equals(tag)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the reporting verb at {@code verbAt} has a subject the rules could not name: a lone
   * capitalised word that is no mention ("Johnson said", where no Johnson is named in full) or a
   * noun after "the" ("the EU leader said"). Then "he" or "she" after the verb is that subject.
   * Anything else ("Zelenskyy in a tweet said", "said on Tuesday", "played down the rift and said")
   * is left to the search for the nearest fitting mention.
   */
  private boolean unknownSpeaker(int verbAt) {
    int k = verbAt - 1;
    while (k >= 0 && Clause.BETWEEN_SPEAKER_AND_VERB.contains(c.lower(k))) {
      k--;
    }
    if (k < 0
        || c.endingAt(k + 1).isPresent()
        || SUBJECTS.contains(c.lower(k))
        || c.lower(k).equals("and")
        || c.lower(k).equals("or")) {
      return false; // "played down the rift and said he …": the subject is further back
    }
    Token w = c.t.get(k);
    if (w.capitalized()) {
      // alone: at the start, after a comma or after a lower-case word ("vote, Johnson said")
      String prev = c.lower(k - 1);
      boolean alone =
          k == 0
              || prev.equals(",")
              || !c.t.get(k - 1).capitalized() && Character.isLetter(prev.charAt(0));
      return alone && !calendar(w.lower());
    }
    for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
      String before = c.lower(j);
      if (before.equals("the")) {
        return true; // "the EU leader said she …"
      }
      if (!Character.isLetter(before.isEmpty() ? ' ' : before.charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /** "Tuesday", "today", "March": when something was said, not who said it. */
  private static boolean calendar(String w) {
    return Calls.WHEN.contains(w)
        || java.util.Arrays.stream(java.time.Month.values())
            .anyMatch(m -> m.name().equalsIgnoreCase(w));
  }

  /**
   * Whether the sentence names {@code p}. The person last named before the sentence is the wrong
   * guess for "she" in "she also met with Remus" (Remus does not meet herself), and in "…, and she
   * met with Harris" after it; where the sentence names that person as a subject, the guess is
   * never made (the search above finds the mention first).
   */
  private boolean named(Participant p) {
    for (Mention m : c.mentions) {
      if (m.participant().name().equals(p.name())) {
        return true;
      }
    }
    return false;
  }

  /** Whether every participant can be what the possessive before a noun trigger refers to. */
  static boolean fitAll(String possessive, List<Participant> ps) {
    String as =
        switch (possessive) {
          case "its" -> "it";
          case "her" -> "she";
          case "his" -> "he";
          default -> "they";
        };
    return ps.stream().allMatch(p -> fits(as, p));
  }

  private static boolean fits(String pronoun, Participant p) {
    return switch (pronoun) {
      case "he", "she" ->
          p.kind() == Participant.Kind.PERSON
              && !Genders.mismatch(p, Genders.of(pronoun)); // "her meeting" is not Joe Biden's
      case "it" -> p.kind() == Participant.Kind.GROUP;
      default -> true;
    };
  }
}
