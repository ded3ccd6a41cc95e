package org.corpusbot.answer.llm;

import java.util.Locale;

/** Which kind of chat server answers: none (offline), OpenAI-compatible, or Ollama. */
public enum LlmProvider {
  NONE,
  OPENAI,
  OLLAMA;

  public static LlmProvider parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + s + "' is not one of none, openai, ollama");
    }
  }
}
