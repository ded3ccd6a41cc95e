package org.corpusbot.feeds;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), read as a tree. */
final class JsonFeed {
  private JsonFeed() {}

  static ParsedFeed parse(ObjectMapper json, byte[] body, URI base) throws FetchException {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JacksonException e) {
      throw new FetchException(
          "not a readable JSON Feed: " + LogSafe.line(e.getOriginalMessage()), e);
    } catch (java.io.IOException e) {
      throw new FetchException("not a readable JSON Feed: " + LogSafe.line(e.getMessage()), e);
    }
    if (root == null
        || !root.path("version").asText("").startsWith("https://jsonfeed.org/version/")) {
      throw new FetchException("not a JSON Feed (no jsonfeed.org version)");
    }
    List<FeedItem> items = new ArrayList<>();
    for (JsonNode i : root.path("items")) {
      String url = text(i, "url");
      if (url == null) {
        url = text(i, "external_url");
      }
      String html = text(i, "content_html");
      if (html == null && text(i, "content_text") != null) {
        html = org.jsoup.nodes.Entities.escape(text(i, "content_text")).replace("\n\n", "<p>");
      }
      if (html == null) {
        html = text(i, "summary");
      }
      String date =
          text(i, "date_modified") != null ? text(i, "date_modified") : text(i, "date_published");
      items.add(
          new FeedItem(
              FeedParser.absolute(base, url),
              text(i, "id"),
              text(i, "title"),
              FeedParser.instant(date),
              authors(i),
              html));
    }
    return new ParsedFeed(text(root, "title"), items);
  }

  private static List<String> authors(JsonNode item) {
    List<String> out = new ArrayList<>();
    for (JsonNode a : item.path("authors")) {
      if (text(a, "name") != null) {
        out.add(text(a, "name"));
      }
    }
    if (out.isEmpty() && text(item.path("author"), "name") != null) {
      out.add(text(item.path("author"), "name"));
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isValueNode() || v.asText().isBlank() ? null : v.asText().strip();
  }
}
