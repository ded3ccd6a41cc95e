package org.corpusbot.follows;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something a chat follows: a topic ("Russia cyber talks"), a person or other named party
 * ("Nuland": their new contacts and articles about them) or a pair ("Biden & Putin": new contacts
 * between the two). {@code people} holds the names of a PERSON (one) or PAIR (two) follow, empty
 * for a topic. {@code since} is the index's last article arrival when the follow was made: a follow
 * only ever fires on articles that arrive after it. {@code vector} is the embedding of {@code text}
 * as a query (null for a pair, which is matched by contacts only) and {@code model} the name of the
 * embedding model that made it (null: no vector, or a follow stored before models were recorded); a
 * vector is only comparable with passages of the same model. Numbers users see (/unfollow 2) are
 * positions in the chat's list, not ids.
 */
public record Follow(
    long id,
    long chatId,
    Kind kind,
    String text,
    List<String> people,
    long since,
    Instant created,
    float[] vector,
    String model) {

  /** This follow with {@code vector} made by {@code model}. */
  public Follow withVector(float[] vector, String model) {
    return new Follow(id, chatId, kind, text, people, since, created, vector, model);
  }

  public enum Kind {
    TOPIC,
    PERSON,
    PAIR
  }

  public Follow {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(created, "created");
    people = people == null ? List.of() : List.copyOf(people);
    model = vector == null ? null : model;
    if (kind == Kind.PERSON && people.size() != 1 || kind == Kind.PAIR && people.size() != 2) {
      throw new IllegalArgumentException(kind + " follow needs " + kind.ordinal() + " names");
    }
  }
}
