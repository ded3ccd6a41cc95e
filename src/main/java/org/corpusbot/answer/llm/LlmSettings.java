package org.corpusbot.answer.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the language model, if any.
 *
 * @param provider none (the offline composer only), openai (any OpenAI-compatible server), ollama
 * @param baseUrl the server's base URL; empty: the provider's usual one
 * @param model the model name; empty: a common default for the provider
 * @param timeout the longest a whole answer may take before the offline answer is given instead
 * @param maxAnswerTokens the longest answer the model may write, in tokens
 * @param temperature sampling temperature (0 to 2); low keeps answers close to the passages
 * @param contextTokens passages given to the model stop before this many tokens (estimated)
 */
public record LlmSettings(
    LlmProvider provider,
    String baseUrl,
    String model,
    Duration timeout,
    int maxAnswerTokens,
    double temperature,
    int contextTokens) {
  public static final LlmSettings NONE =
      new LlmSettings(LlmProvider.NONE, "", "", Duration.ofSeconds(30), 400, 0.1, 2000);

  public LlmSettings {
    Objects.requireNonNull(provider, "provider");
    baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    model = model == null ? "" : model.strip();
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("llm.timeout-seconds must be positive");
    }
    if (maxAnswerTokens < 16 || maxAnswerTokens > 8192) {
      throw new IllegalArgumentException("llm.max-answer-tokens must be between 16 and 8192");
    }
    if (temperature < 0 || temperature > 2) {
      throw new IllegalArgumentException("llm.temperature must be between 0 and 2");
    }
    if (contextTokens < 200 || contextTokens > 100_000) {
      throw new IllegalArgumentException("llm.context-tokens must be between 200 and 100000");
    }
  }

  public boolean enabled() {
    return provider != LlmProvider.NONE;
  }

  /** The base URL to use: the configured one, else the provider's usual one. */
  public String effectiveBaseUrl() {
    if (!baseUrl.isEmpty()) {
      return baseUrl;
    }
    return provider == LlmProvider.OLLAMA ? "http://localhost:11434" : "https://api.openai.com/v1";
  }

  /** The model to ask for: the configured one, else a common default for the provider. */
  public String effectiveModel() {
    if (!model.isEmpty()) {
      return model;
    }
    return provider == LlmProvider.OLLAMA ? "llama3.1" : "gpt-4o-mini";
  }
}
