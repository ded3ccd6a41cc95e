package org.corpusbot.config;

/** A setting is missing or wrong; the message names it and says how to fix it. */
public class SettingsException extends RuntimeException {
  public SettingsException(String message) {
    super(message);
  }

  public SettingsException(String message, Throwable cause) {
    super(message, cause);
  }
}
