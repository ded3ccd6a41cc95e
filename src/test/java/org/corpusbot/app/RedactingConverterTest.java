package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactingConverterTest {
  @Test
  void masksBotTokensInUrlsAndApiKeys() {
    // Built at run time: nothing shaped like a real token is kept in the repository.
    String token = "123456789" + ":" + "ABCdefGHI" + "jklMNOpqrSTUvwxYZ0123456789abc";
    String line =
        "GET https://api.telegram.org/bot"
            + token
            + "/getMe"
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

  @Test
  void masksThePasswordOfAUrlButNotTheUserOrTheHost() {
    String line = "Connecting to http://admin:s3cr3t-Pw@llm.internal:8080/v1 failed";
    assertThat(RedactingConverter.redact(line))
        .isEqualTo("Connecting to http://admin:<secret>@llm.internal:8080/v1 failed");
    String plain = "See https://example.com:443/a@b and user@example.com";
    assertThat(RedactingConverter.redact(plain)).isEqualTo(plain);
  }

  @Test
  void masksBasicAuthenticationHeaders() {
    // What an HTTP client's debug log shows of a request to a Solr with basic authentication.
    String encoded =
        java.util.Base64.getEncoder()
            .encodeToString(
                "corpusbot:Hunter2pw".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String line = "POST /solr/corpusbot/update Authorization: Basic " + encoded;
    assertThat(RedactingConverter.redact(line))
        .isEqualTo("POST /solr/corpusbot/update Authorization: Basic <secret>");
    String plain = "Solr basic authentication needs both CORPUSBOT_SOLR_USER and ...";
    assertThat(RedactingConverter.redact(plain)).isEqualTo(plain);
  }
}
