package org.corpusbot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an inline button means, packed into Telegram's 64-byte callback data and signed, so that a
 * press can only name what the bot itself offered: a modified client can send any data. The data is
 * an 11-character HMAC-SHA256 tag (64 bits, base64url) of the rest, made with {@link ButtonKey}. A
 * source button carries its article id and quote offsets, so it still works after a restart; an id
 * too long for 64 bytes is kept server-side under a short token (those buttons expire with the
 * process). Anything else a client sends back, forged or stale, decodes to empty. Thread-safe.
 */
final class CallbackData {
  static final int MAX_BYTES = 64;
  private static final int TAG = 11;
  private static final int TOKENS = 10_000;

  /** A decoded button. */
  sealed interface Action permits Source, Page, Summarize {}

  /** Show the quote {@code [start, end)} of an article. */
  record Source(String articleId, int start, int end) implements Action {}

  /** Show the page of /articles that starts at {@code offset}. */
  record Page(int offset) implements Action {}

  /** Summarize an article (used by /summary). */
  record Summarize(String articleId) implements Action {}

  private final SecretKeySpec key;
  private final Map<String, Action> tokens =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Action> e) {
          return size() > TOKENS;
        }
      };
  // Starts at random so that a token of an earlier run (signed with the same key) names nothing.
  private long counter = new SecureRandom().nextLong() & 0xff_ffff_ffffL;

  CallbackData(byte[] key) {
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
  }

  String encode(Action a) {
    String data;
    if (a instanceof Source s) {
      data = "q|" + s.start() + "|" + s.end() + "|" + s.articleId();
    } else if (a instanceof Page p) {
      data = "a|" + p.offset();
    } else {
      data = "s|" + ((Summarize) a).articleId();
    }
    if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES - TAG) {
      synchronized (tokens) {
        data = "t|" + Long.toString(++counter, 36);
        tokens.put(data, a);
      }
    }
    return tag(data) + data;
  }

  Optional<Action> decode(String signed) {
    if (signed == null || signed.length() <= TAG) {
      return Optional.empty();
    }
    String data = signed.substring(TAG);
    byte[] expected = tag(data).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signed.substring(0, TAG).getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expected, given)) {
      return Optional.empty();
    }
    try {
      String[] p = data.split("\\|", 4);
      return switch (p[0]) {
        case "q" ->
            p.length == 4
                ? Optional.of(new Source(p[3], Integer.parseInt(p[1]), Integer.parseInt(p[2])))
                : Optional.empty();
        case "a" -> Optional.of(new Page(Math.max(0, Integer.parseInt(p[1]))));
        case "s" ->
            p.length >= 2 ? Optional.of(new Summarize(data.substring(2))) : Optional.empty();
        case "t" -> {
          synchronized (tokens) {
            yield Optional.ofNullable(tokens.get(data));
          }
        }
        default -> Optional.empty();
      };
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private String tag(String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] full = mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
