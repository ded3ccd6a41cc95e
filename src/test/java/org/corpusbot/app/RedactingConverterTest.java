package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactingConverterTest {
  @Test
  void masksBotTokensInUrlsAndApiKeys() {
    String line =
        "GET https://api.telegram.org/bot123456789:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789abc/getMe"
            + " Authorization: Bearer sk-abcdefghijklmnop1234 api_key=xyz123456789";
    String out = RedactingConverter.redact(line);
    assertThat(out)
        .doesNotContain("ABCdefGHI")
        .doesNotContain("abcdefghijklmnop")
        .doesNotContain("xyz123456789")
        .contains("bot<bot-token>/getMe")
        .contains("Bearer <secret>");
  }

  @Test
  void leavesOrdinaryTextAlone() {
    String line = "Indexing: 1234/6089 articles, 7.6/s, 12:30 left";
    assertThat(RedactingConverter.redact(line)).isEqualTo(line);
  }
}
