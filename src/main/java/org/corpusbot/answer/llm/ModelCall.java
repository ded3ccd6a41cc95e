package org.corpusbot.answer.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Duration;
import java.util.List;

/**
 * One request whose reply is data for the program (JSON), not prose for a reader: no citation
 * check, nothing shown while it streams. The reply is streamed only so that the deadline covers the
 * whole of it and a runaway reply is cut at {@value LlmClient#MAX_CHARS_PER_TOKEN} characters per
 * reply token, as for answers. Asked once, never retried. Thread-safe.
 */
public final class ModelCall {
  private final LlmClient client;
  private final String model;
  private final Duration timeout;

  ModelCall(LlmClient client, String model, Duration timeout) {
    this.client = client;
    this.model = model;
    this.timeout = timeout;
  }

  /**
   * A call to the configured model at temperature 0 (extraction wants the likeliest reading), with
   * replies of at most {@code replyTokens} and the configured {@code llm.timeout-seconds}.
   */
  public static ModelCall create(LlmSettings s, String apiKey, int replyTokens) {
    LlmSettings data =
        new LlmSettings(
            s.provider(), s.baseUrl(), s.model(), s.timeout(), replyTokens, 0.0, s.contextTokens());
    return new ModelCall(
        LlmClient.create(data, apiKey),
        s.provider().name().toLowerCase(java.util.Locale.ROOT) + "/" + s.effectiveModel(),
        s.timeout());
  }

  /** "openai/gpt-4o-mini": what the replies come from, for the log and annotation versions. */
  public String model() {
    return model;
  }

  /** The longest a call may take before it fails as timed out. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * The model's whole reply to {@code request} under {@code rules} (the system message).
   *
   * @throws LlmFailure when no usable reply came in time (the message is one short line with no key
   *     and no reply text in it)
   */
  public String ask(String rules, String request) {
    return client.complete(List.of(SystemMessage.from(rules), UserMessage.from(request)), s -> {});
  }
}
