package org.corpusbot.follows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The lines of the follows journal. One object per line: {@code {"add":{follow}}}, {@code
 * {"remove":id}}, {@code {"chat":id,"paused":…,"digest":"08:00
 * Europe/Berlin","last":millis,"held":seq}} (the whole state of a chat), {@code
 * {"matched":arrival}}, and {@code {"nextId":n}} first after a compaction. A vector is its floats,
 * little-endian, in base64 (2 KB for 384 dimensions, a third of its JSON numbers).
 */
final class BookLines {
  private final ObjectMapper json;

  BookLines(ObjectMapper json) {
    this.json = json;
  }

  ObjectMapper json() {
    return json;
  }

  ObjectNode added(Follow f) {
    ObjectNode n = json.createObjectNode();
    ObjectNode a = n.putObject("add");
    a.put("id", f.id()).put("chat", f.chatId()).put("kind", f.kind().name()).put("text", f.text());
    ArrayNode people = a.putArray("people");
    f.people().forEach(people::add);
    a.put("since", f.since()).put("created", f.created().toEpochMilli());
    if (f.vector() != null) {
      a.put("vector", encode(f.vector()));
      if (f.model() != null) {
        a.put("model", f.model());
      }
    }
    return n;
  }

  Follow follow(JsonNode a) {
    List<String> people = new ArrayList<>();
    a.path("people").forEach(p -> people.add(p.asText()));
    JsonNode vector = a.get("vector");
    return new Follow(
        required(a, "id").asLong(),
        required(a, "chat").asLong(),
        Follow.Kind.valueOf(required(a, "kind").asText()),
        required(a, "text").asText(),
        people,
        a.path("since").asLong(),
        Instant.ofEpochMilli(a.path("created").asLong()),
        vector == null || vector.isNull() ? null : decode(vector.asText()),
        a.path("model").isTextual() ? a.get("model").asText() : null);
  }

  ObjectNode removed(long id) {
    return json.createObjectNode().put("remove", id);
  }

  ObjectNode matched(long arrival) {
    return json.createObjectNode().put("matched", arrival);
  }

  ObjectNode head(long nextId) {
    return json.createObjectNode().put("nextId", nextId);
  }

  ObjectNode chat(long chatId, ChatState c) {
    ObjectNode n = json.createObjectNode().put("chat", chatId).put("paused", c.paused());
    if (c.digest() != null) {
      n.put("digest", c.digest().toString());
      n.put("last", c.lastDigest().toEpochMilli());
    }
    if (c.heldThrough() > 0) {
      n.put("held", c.heldThrough());
    }
    return n;
  }

  ChatState chatState(JsonNode n) {
    JsonNode digest = n.get("digest");
    long held = n.path("held").asLong(); // absent (older lines): 0
    if (digest == null || digest.isNull()) {
      return new ChatState(n.path("paused").asBoolean(), null, null, held);
    }
    DigestTime time = DigestTime.parse(digest.asText()).orElseThrow();
    return new ChatState(
        n.path("paused").asBoolean(),
        time,
        Instant.ofEpochMilli(required(n, "last").asLong()),
        held);
  }

  private static JsonNode required(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("no " + field);
    }
    return v;
  }

  static String encode(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    return Base64.getEncoder().encodeToString(b.array());
  }

  static float[] decode(String s) {
    byte[] bytes = Base64.getDecoder().decode(s);
    if (bytes.length % Float.BYTES != 0) {
      throw new IllegalArgumentException("a vector of " + bytes.length + " bytes");
    }
    float[] v = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }
}
