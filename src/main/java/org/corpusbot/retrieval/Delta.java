package org.corpusbot.retrieval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corpusbot.corpus.Article;

/**
 * What a load of the corpus changes in the index, by content hash: the articles new or changed
 * since the last commit (in corpus order, to be indexed), how many are unchanged, and the ids seen.
 */
record Delta(List<Article> todo, Set<String> changedIds, int unchanged, Set<String> seen) {
  static Delta of(List<Article> articles, Map<String, IndexedArticle> existing) {
    List<Article> todo = new ArrayList<>();
    Set<String> changed = new HashSet<>();
    Set<String> seen = new HashSet<>();
    int unchanged = 0;
    for (Article a : articles) {
      seen.add(a.id());
      IndexedArticle old = existing.get(a.id());
      if (old != null && hash(a).equals(old.hash())) {
        unchanged++;
      } else {
        todo.add(a);
        if (old != null) {
          changed.add(a.id());
        }
      }
    }
    return new Delta(todo, changed, unchanged, seen);
  }

  /** How many of the first {@code done} articles to index were changed ones (not new). */
  int changedAmongFirst(int done) {
    return (int) todo.subList(0, done).stream().filter(a -> changedIds.contains(a.id())).count();
  }

  /** A digest of everything about an article that ends up in the index. */
  static String hash(Article a) {
    String content =
        String.join(
            "\u0001",
            a.id(),
            a.title(),
            Objects.toString(a.date(), ""),
            Objects.toString(a.source(), ""),
            Objects.toString(a.url(), ""),
            String.join("\u0002", a.authors()),
            Objects.toString(a.credit(), ""),
            a.text());
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
