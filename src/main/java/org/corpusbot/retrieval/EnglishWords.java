package org.corpusbot.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The whole English words of the embedding models' vocabulary (BERT's, 30,522 word pieces, shipped
 * in LangChain4j's embeddings jar beside the models): a typed word found here is a word, not a slip
 * of the keys, even where the archive never uses it ("bride" where the stories say "bridge").
 * Loaded once. Thread-safe.
 */
final class EnglishWords {
  private static final String RESOURCE = "/bert-vocabulary-en.txt";

  private EnglishWords() {}

  private static final class Holder {
    static final Set<String> WORDS = load();
  }

  static boolean has(String word) {
    return Holder.WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        // The embeddings jar is a dependency of every build: without it nothing is embedded.
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      Set<String> out = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String w = line.strip();
        if (!w.isEmpty() && w.chars().allMatch(Character::isLetter)) {
          out.add(w);
        }
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
  }
}
