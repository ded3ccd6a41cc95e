package org.corpusbot.config;

/**
 * Secrets, read from the environment only. {@link #toString()} never shows them, so a secret cannot
 * reach a log line by accident. Either may be null (not configured).
 */
public record Secrets(String telegramToken, String llmApiKey) {
  public static final String TELEGRAM_TOKEN_VAR = "TELEGRAM_BOT_TOKEN";
  public static final String LLM_API_KEY_VAR = "CORPUSBOT_LLM_API_KEY";

  public Secrets {
    telegramToken = blankToNull(telegramToken);
    llmApiKey = blankToNull(llmApiKey);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public String toString() {
    return "Secrets[telegramToken="
        + (telegramToken == null ? "unset" : "***")
        + ", llmApiKey="
        + (llmApiKey == null ? "unset" : "***")
        + "]";
  }
}
