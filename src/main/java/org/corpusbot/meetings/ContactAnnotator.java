package org.corpusbot.meetings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.corpusbot.corpus.Article;
import org.corpusbot.retrieval.Annotation;
import org.corpusbot.retrieval.ArticleAnnotator;

/**
 * Puts the contact events of each article into the index at index time, findable by the words of
 * their participants' names and places. Bump {@link #VERSION} when the rules' code changes; edits
 * to the word lists change {@link Lexicons#digest} by themselves. Either way every article is
 * annotated again on the next start (no re-embedding).
 */
public final class ContactAnnotator implements ArticleAnnotator {
  public static final String KIND = "contact";
  static final String VERSION = "135";
  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final Function<Article, List<ContactEvent>> extractor;
  private final String extractorVersion;

  public ContactAnnotator(MeetingExtractor extractor) {
    this(extractor::extract, "");
  }

  /** Contacts by the model, the rules as the fallback; switching to or from it tags again. */
  public ContactAnnotator(LlmContactExtractor extractor) {
    this(extractor::extract, "+" + extractor.version());
  }

  private ContactAnnotator(
      Function<Article, List<ContactEvent>> extractor, String extractorVersion) {
    this.extractor = extractor;
    this.extractorVersion = extractorVersion;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String version() {
    return VERSION + "." + Lexicons.digest() + extractorVersion;
  }

  @Override
  public List<Annotation> annotate(Article article) {
    List<Annotation> out = new ArrayList<>();
    for (ContactEvent e : extractor.apply(article)) {
      out.add(
          new Annotation(
              article.id(), KIND, keys(e), e.dateFrom(), e.dateTo(), e.start(), e.end(), json(e)));
    }
    return out;
  }

  /** The lower-case words an event is found by: its participants' names, its place, its kind. */
  static Set<String> keys(ContactEvent e) {
    Set<String> keys = new HashSet<>();
    for (Participant p : e.participants()) {
      keys.addAll(words(p.name()));
      keys.add("who:" + p.key());
    }
    if (e.place() != null) {
      words(e.place()).forEach(w -> keys.add("where:" + w));
    }
    keys.add("kind:" + e.kind().name().toLowerCase(Locale.ROOT));
    return keys;
  }

  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1) {
        out.add(w);
      }
    }
    return out;
  }

  private static String json(ContactEvent e) {
    try {
      return JSON.writeValueAsString(e);
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
