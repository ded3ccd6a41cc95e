package org.corpusbot.meetings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.retrieval.AnnotationSearch;

/** The contact events in the index, found by who, where, what kind and when. Thread-safe. */
public final class ContactStore {
  static final int LIMIT = 200;

  private final AnnotationSearch search;

  public ContactStore(AnnotationSearch search) {
    this.search = search;
  }

  /** An event with the article it is reported in. */
  public record Found(ContactEvent event, ArticleInfo article) {}

  /** Events matching {@code q}, newest first (undated ones last). */
  public List<Found> find(MeetingQuery q) {
    List<Set<String>> groups = new ArrayList<>();
    for (String name : new String[] {q.person(), q.with()}) {
      if (name != null) {
        groups.add(nameKeys(name));
      }
    }
    if (q.place() != null) {
      Set<String> where = new LinkedHashSet<>();
      ContactAnnotator.words(q.place()).forEach(w -> where.add("where:" + w));
      groups.add(where);
    }
    if (q.kind() != null) {
      groups.add(Set.of("kind:" + q.kind().name().toLowerCase(java.util.Locale.ROOT)));
    }
    List<Found> out = new ArrayList<>();
    for (var f : search.find(ContactAnnotator.KIND, groups, q.from(), q.to(), LIMIT)) {
      out.add(new Found(read(f.annotation().payload()), f.article()));
    }
    return out;
  }

  /**
   * Whether some contact has a participant whose name holds every word of {@code name} ("Putin",
   * "Vladimir Putin"; not "Biden Putin"): what tells a follow of two people from one of one name.
   */
  public boolean knows(String name) {
    List<String> words = ContactAnnotator.words(CountryNames.canonical(name));
    if (words.isEmpty()) {
      return false;
    }
    for (Found f : find(new MeetingQuery(name, null, null, null, null, null))) {
      for (Participant p : f.event().participants()) {
        if (ContactAnnotator.words(p.name()).containsAll(words)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code word} (lower case) as a named participant's name writes it ("biden" → "Biden"), when a
   * stored contact has one whose name holds that word capitalised.
   */
  public Optional<String> asWritten(String word) {
    for (Found f : find(new MeetingQuery(word, null, null, null, null, null))) {
      for (Participant p : f.event().participants()) {
        if (p.kind() == Participant.Kind.DESCRIBED) {
          continue;
        }
        for (String w : p.name().split("[^\\p{L}'’-]+")) {
          if (w.equalsIgnoreCase(word) && Character.isUpperCase(w.codePointAt(0))) {
            return Optional.of(w);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A person is found by the last word of the name given ("Biden", "Joe Biden" → "biden"), a
   * country by its one name ("US", "the U.S." → "states", as stored for "United States").
   */
  private static Set<String> nameKeys(String name) {
    List<String> words = ContactAnnotator.words(CountryNames.canonical(name));
    if (words.isEmpty()) {
      return Set.of("\u0000"); // nothing matches a name without letters
    }
    return Set.of(words.get(words.size() - 1));
  }

  /**
   * The contact event of an annotation's payload (kind {@link ContactAnnotator#KIND}), as follow
   * matching reads it from a new article; unreadable JSON is an {@link UncheckedIOException}.
   */
  public static ContactEvent event(String payload) {
    return read(payload);
  }

  private static ContactEvent read(String json) {
    try {
      return ContactAnnotator.JSON.readValue(json, ContactEvent.class);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable contact event in the index", e);
    }
  }
}
