package org.corpusbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A labelled contact set (JSON Lines: {@code id}, {@code split} dev or heldout, {@code events} with
 * {@code sides} of names): the gold named pairs per article. Lines without an id are comments.
 */
public final class ContactLabels {
  private ContactLabels() {}

  /** One labelled article: its split and the distinct named pairs that met. */
  public record Labelled(String id, String split, List<NamePairs.Pair> pairs) {}

  public static Map<String, Labelled> read(InputStream in) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Labelled> out = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      if (!n.has("id")) {
        continue;
      }
      List<NamePairs.Pair> pairs = new ArrayList<>();
      for (JsonNode ev : n.path("events")) {
        List<List<String>> sides = new ArrayList<>();
        for (JsonNode side : ev.get("sides")) {
          List<String> names = new ArrayList<>();
          side.forEach(x -> names.add(x.asText()));
          sides.add(names);
        }
        pairs.addAll(NamePairs.of(sides));
      }
      String id = n.get("id").asText();
      out.put(id, new Labelled(id, n.path("split").asText("dev"), NamePairs.distinct(pairs)));
    }
    return out;
  }
}
