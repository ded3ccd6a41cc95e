package org.corpusbot.retrieval;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The in-process embedding models shipped in the jar. {@code queryPrefix} is the instruction the
 * model was trained to see before a search query (bge); passages are embedded without one.
 */
public enum EmbeddingModelChoice {
  MINILM("all-minilm-l6-v2-q", ""),
  BGE_SMALL("bge-small-en-v1.5-q", "Represent this sentence for searching relevant passages: ");

  private final String configName;
  private final String queryPrefix;

  EmbeddingModelChoice(String configName, String queryPrefix) {
    this.configName = configName;
    this.queryPrefix = queryPrefix;
  }

  public String configName() {
    return configName;
  }

  String queryPrefix() {
    return queryPrefix;
  }

  /**
   * The model named {@code name} (in configuration or an index's commit), if this version has it.
   */
  public static java.util.Optional<EmbeddingModelChoice> find(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (EmbeddingModelChoice c : values()) {
      if (c.configName.equals(n) || c.name().equalsIgnoreCase(n)) {
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }

  /** The model named {@code name} in configuration, or an exception that lists the choices. */
  public static EmbeddingModelChoice parse(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown embedding model '"
                        + name
                        + "'; choose one of "
                        + Arrays.stream(values())
                            .map(c -> c.configName)
                            .collect(Collectors.joining(", "))));
  }
}
