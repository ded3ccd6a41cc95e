package org.corpusbot.config;

/**
 * Secrets, read from the environment only. {@link #toString()} never shows them, so a secret cannot
 * reach a log line by accident. Each may be null (not configured). The Solr user and password
 * (basic authentication) are set together or not at all.
 */
public record Secrets(
    String telegramToken, String llmApiKey, String solrUser, String solrPassword) {
  public static final String TELEGRAM_TOKEN_VAR = "TELEGRAM_BOT_TOKEN";
  public static final String LLM_API_KEY_VAR = "CORPUSBOT_LLM_API_KEY";
  public static final String SOLR_USER_VAR = "CORPUSBOT_SOLR_USER";
  public static final String SOLR_PASSWORD_VAR = "CORPUSBOT_SOLR_PASSWORD";

  public Secrets {
    telegramToken = blankToNull(telegramToken);
    llmApiKey = blankToNull(llmApiKey);
    solrUser = blankToNull(solrUser);
    solrPassword = blankToNull(solrPassword);
    if ((solrUser == null) != (solrPassword == null)) {
      // Never says which value was given: only which variable is missing.
      throw new SettingsException(
          "Solr basic authentication needs both "
              + SOLR_USER_VAR
              + " and "
              + SOLR_PASSWORD_VAR
              + "; "
              + (solrUser == null ? SOLR_USER_VAR : SOLR_PASSWORD_VAR)
              + " is not set");
    }
  }

  /** No Solr credentials. */
  public Secrets(String telegramToken, String llmApiKey) {
    this(telegramToken, llmApiKey, null, null);
  }

  /** Whether requests to Solr carry basic authentication. */
  public boolean solrAuth() {
    return solrUser != null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public String toString() {
    return "Secrets[telegramToken="
        + shown(telegramToken)
        + ", llmApiKey="
        + shown(llmApiKey)
        + ", solrUser="
        + shown(solrUser)
        + ", solrPassword="
        + shown(solrPassword)
        + "]";
  }

  private static String shown(String secret) {
    return secret == null ? "unset" : "***";
  }
}
