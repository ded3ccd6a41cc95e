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

  /** Events with more named participants than this are crowds (a summit of 18 is 153 pairs). */
  public static final int CROWD = 4;

  /**
   * One labelled article: its split, the distinct named pairs that met, and those of them that come
   * only from crowds (events of more than {@value #CROWD} named participants). A crowd's pairs
   * outnumber all others when pairs are summed over articles, so the benchmark also reports a score
   * without them.
   */
  public record Labelled(
      String id, String split, List<NamePairs.Pair> pairs, List<NamePairs.Pair> crowdPairs) {}

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
      List<NamePairs.Pair> crowd = new ArrayList<>();
      for (JsonNode ev : n.path("events")) {
        List<List<String>> sides = new ArrayList<>();
        for (JsonNode side : ev.get("sides")) {
          List<String> names = new ArrayList<>();
          side.forEach(x -> names.add(x.asText()));
          sides.add(names);
        }
        int named = sides.stream().mapToInt(List::size).sum();
        (named > CROWD ? crowd : pairs).addAll(NamePairs.of(sides));
      }
      List<NamePairs.Pair> small = NamePairs.distinct(pairs);
      List<NamePairs.Pair> all = new ArrayList<>(small);
      all.addAll(crowd);
      all = NamePairs.distinct(all);
      List<NamePairs.Pair> onlyCrowd =
          all.stream().filter(p -> small.stream().noneMatch(q -> NamePairs.matches(p, q))).toList();
      String id = n.get("id").asText();
      out.put(id, new Labelled(id, n.path("split").asText("dev"), all, onlyCrowd));
    }
    return out;
  }
}
