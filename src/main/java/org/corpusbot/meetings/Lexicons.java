package org.corpusbot.meetings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the rules run on, kept as data in {@code resources/meetings} so that extending the
 * extractor is editing a list: triggers, blockers, titles, organisation words, places and
 * nationalities with their countries, place words. Immutable after loading; thread-safe.
 */
final class Lexicons {
  final List<Trigger> triggers;

  /** The triggers that are one verb ("met", "visited", "called"), looked up by word. */
  final Set<String> oneWordVerbs;

  final Set<String> blockers;
  final List<List<String>> titles;
  final Set<String> orgWords;

  /** Organisations known by one word, which no story need introduce ("Hamas"), lower case. */
  final Set<String> oneWordOrgs;

  /** Words of the bodies an office is "of" ("Secretary of Homeland Security"), lower case. */
  final Set<String> officeBodies;

  final Set<String> notNames;
  final Set<String> places;

  /** US states that are neither people nor governments: words no person's name holds. */
  final Set<String> regions;

  /**
   * Whether a name's word, as written, says what kind of body it is ("Corp", "Ministry", "UN"). The
   * United Nations' "UN" only in capitals: "Un" ends Kim Jong Un's name, which was read as a
   * body's.
   */
  boolean orgWord(String word) {
    String clean = NameParts.clean(word);
    String lower = clean.toLowerCase(Locale.ROOT);
    return orgWords.contains(lower) && !(lower.equals("un") && !clean.equals("UN"));
  }

  /** {@link #places} in lower case. */
  final Set<String> placesLower;

  /** Last words of places that are buildings, streets or sites ("castle", "avenue"). */
  final Set<String> placeWords;

  final List<List<String>> demonyms;

  /** A nationality (lower case) to its country: "canadian" → "Canada". */
  final Map<String, String> countries;

  /**
   * A trigger phrase (lower-case tokens), its kind, whether it is a verb, what its object must be
   * for a contact ({@link Guest}), and whether the other side comes only after "with" ({@code
   * withOnly}: "discussed the war with B"; what was discussed, "discussed Ukraine", is no party).
   */
  record Trigger(List<String> words, EventKind kind, boolean verb, Guest guest, boolean withOnly) {}

  /**
   * What a verb's object must be for it to be a contact: anything ({@code ANY}), a person ({@code
   * PERSON}: "hosted B", never "hosted a fundraiser"), or a country's envoy ({@code ENVOY}:
   * "summoned the Russian ambassador", never "summoned B to testify").
   */
  enum Guest {
    ANY,
    PERSON,
    ENVOY
  }

  private Lexicons() {
    List<Trigger> t = new ArrayList<>();
    for (String line : lines("triggers.tsv")) {
      String[] f = line.split("\t");
      String mode = f[2].strip();
      Guest guest =
          mode.equals("guest") ? Guest.PERSON : mode.equals("envoy") ? Guest.ENVOY : Guest.ANY;
      t.add(
          new Trigger(
              List.of(f[0].split(" ")),
              EventKind.parse(f[1]),
              !mode.equals("noun"),
              guest,
              mode.equals("with")));
    }
    t.sort((a, b) -> b.words().size() - a.words().size());
    triggers = List.copyOf(t);
    oneWordVerbs =
        triggers.stream()
            .filter(tr -> tr.verb() && tr.words().size() == 1)
            .map(tr -> tr.words().get(0))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    blockers = Set.copyOf(lower(lines("blockers.txt")));
    titles = phrases(lines("titles.txt"));
    orgWords = Set.copyOf(lower(lines("orgwords.txt")));
    oneWordOrgs = Set.copyOf(lower(lines("one-word-orgs.txt")));
    officeBodies = Set.copyOf(lower(lines("office-bodies.txt")));
    notNames = Set.copyOf(lower(lines("notnames.txt")));
    placeWords = Set.copyOf(lower(lines("placewords.txt")));
    Map<String, String> c = new HashMap<>();
    for (String line : lines("countries.tsv")) {
      String[] f = line.split("\t");
      c.put(f[0].toLowerCase(Locale.ROOT), f[1].strip());
    }
    countries = Map.copyOf(c);
    regions = Set.copyOf(lines("regions.txt"));
    Set<String> p = new HashSet<>(lines("places.txt"));
    p.addAll(c.values());
    places = Set.copyOf(p);
    placesLower =
        Set.copyOf(places.stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList());
    Set<String> d = new HashSet<>(lines("demonyms.txt"));
    lines("countries.tsv").forEach(line -> d.add(line.split("\t")[0]));
    demonyms = phrases(List.copyOf(d));
  }

  /**
   * Every word list the rules read. {@link #lines} refuses any other name, so that {@link #digest}
   * covers every list: editing one then changes the contact annotator's version and indexes are
   * tagged again (a change to the lists alone once went unnoticed by indexes built before it).
   */
  static final List<String> FILES =
      List.of(
          "blockers.txt",
          "countries.tsv",
          "country-aliases.tsv",
          "demonyms.txt",
          "gender-names.tsv",
          "notnames.txt",
          "office-bodies.txt",
          "one-word-orgs.txt",
          "orgwords.txt",
          "places.txt",
          "placewords.txt",
          "regions.txt",
          "titles.txt",
          "triggers.tsv");

  private static final Lexicons INSTANCE = new Lexicons();

  /** Whether this lower-case word alone is a title ("president", "sen."). */
  boolean oneWordTitle(String lower) {
    return titles.stream().anyMatch(t -> t.size() == 1 && t.get(0).equals(lower));
  }

  /** Whether this lower-case word alone is a nationality ("canadian"). */
  boolean oneWordDemonym(String lower) {
    return demonyms.stream().anyMatch(d -> d.size() == 1 && d.get(0).equals(lower));
  }

  /** The lists, loaded once: they are constant resources of the jar. */
  static Lexicons get() {
    return INSTANCE;
  }

  /** The first 12 hex digits of SHA-256 over every list's lines, in {@link #FILES} order. */
  static String digest() {
    return Digest.VALUE;
  }

  /** Read on first use: only a process that tags contacts needs it (the lists read once more). */
  private static final class Digest {
    static final String VALUE = computeDigest();
  }

  private static String computeDigest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String name : FILES) {
        sha.update((name + "\n").getBytes(StandardCharsets.UTF_8));
        for (String line : lines(name)) {
          sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  private static List<List<String>> phrases(List<String> lines) {
    List<List<String>> out = new ArrayList<>();
    for (String l : lines) {
      out.add(List.of(l.toLowerCase(Locale.ROOT).split(" ")));
    }
    out.sort((a, b) -> b.size() - a.size());
    return List.copyOf(out);
  }

  private static List<String> lower(List<String> lines) {
    return lines.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
  }

  static List<String> lines(String name) {
    if (!FILES.contains(name)) {
      throw new IllegalArgumentException(
          "meetings/" + name + " is not in Lexicons.FILES, so its edits would not re-tag indexes");
    }
    try (InputStream in = Lexicons.class.getResourceAsStream("/meetings/" + name)) {
      if (in == null) {
        throw new IllegalStateException("word list missing from the jar: meetings/" + name);
      }
      List<String> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#") && seen.add(s)) {
          out.add(s);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
