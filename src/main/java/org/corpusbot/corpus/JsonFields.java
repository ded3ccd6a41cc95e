package org.corpusbot.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which JSON field holds which part of an article. Each part has candidate names tried in order;
 * configuration can put a corpus's own name first ({@code corpus.jsonl.title = headline}).
 */
public record JsonFields(
    List<String> id,
    List<String> title,
    List<String> text,
    List<String> date,
    List<String> url,
    List<String> authors,
    List<String> source,
    List<String> dateline) {

  public JsonFields {
    Objects.requireNonNull(id);
    id = List.copyOf(id);
    title = List.copyOf(title);
    text = List.copyOf(text);
    date = List.copyOf(date);
    url = List.copyOf(url);
    authors = List.copyOf(authors);
    source = List.copyOf(source);
    dateline = List.copyOf(dateline);
  }

  public static JsonFields defaults() {
    return new JsonFields(
        List.of("id", "article_id", "doc_id", "guid", "uuid"),
        List.of("title", "headline", "name"),
        List.of("text", "body", "content", "article", "maintext", "description"),
        List.of(
            "date",
            "publish_date",
            "published_at",
            "published",
            "pubDate",
            "date_publish",
            "datetime",
            "timestamp",
            "created_at"),
        List.of("url", "link", "href", "source_url"),
        List.of("authors", "author", "byline", "creator"),
        List.of("source", "publisher", "site_name", "outlet"),
        List.of("dateline"));
  }

  /**
   * These defaults with the given overrides tried first. Keys are the part names ({@code title},
   * {@code text}, {@code date}, {@code url}, {@code authors}, {@code id}, {@code source}).
   */
  public JsonFields withOverrides(Map<String, String> overrides) {
    return new JsonFields(
        pref(overrides.get("id"), id),
        pref(overrides.get("title"), title),
        pref(overrides.get("text"), text),
        pref(overrides.get("date"), date),
        pref(overrides.get("url"), url),
        pref(overrides.get("authors"), authors),
        pref(overrides.get("source"), source),
        dateline);
  }

  private static List<String> pref(String first, List<String> rest) {
    if (first == null || first.isBlank()) {
      return rest;
    }
    List<String> out = new ArrayList<>();
    out.add(first.strip());
    rest.stream().filter(n -> !n.equals(first.strip())).forEach(out::add);
    return out;
  }

  static JsonNode pick(JsonNode obj, List<String> names) {
    for (String n : names) {
      JsonNode v = obj.get(n);
      if (v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank())) {
        return v;
      }
    }
    return null;
  }

  /** A scalar as text; an array of scalars joined as paragraphs; null for missing or empty. */
  static String text(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(e -> parts.add(text(e)));
      parts.removeIf(Objects::isNull);
      return parts.isEmpty() ? null : String.join("\n\n", parts);
    }
    if (v.isObject()) {
      return text(v.get("name"));
    }
    String s = v.asText();
    return s.isBlank() ? null : s;
  }

  static List<String> authors(JsonNode v) {
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (v.isArray()) {
      List<String> out = new ArrayList<>();
      v.forEach(
          e -> {
            String t = text(e);
            if (t != null) {
              out.add(TextCleaner.cleanLine(t));
            }
          });
      return out;
    }
    return Authors.split(text(v));
  }
}
