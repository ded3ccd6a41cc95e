package org.corpusbot.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The chat model behind LangChain4j's own clients ({@code langchain4j-open-ai}, {@code
 * langchain4j-ollama}), asked once (no retries: the offline answer is the fallback, and a retry
 * would double the wait) with a deadline for the whole reply. Thread-safe.
 */
public final class LlmClient {
  /** Servers that need no key (local ones) still get a header; this says there is none. */
  static final String NO_KEY = "no-key";

  private final ChatModel chat;
  private final StreamingChatModel streaming;
  private final Duration timeout;

  LlmClient(ChatModel chat, StreamingChatModel streaming, Duration timeout) {
    this.chat = chat;
    this.streaming = streaming;
    this.timeout = timeout;
  }

  public static LlmClient create(LlmSettings s, String apiKey) {
    String url = s.effectiveBaseUrl();
    String model = s.effectiveModel();
    if (s.provider() == LlmProvider.OLLAMA) {
      return new LlmClient(
          OllamaChatModel.builder()
              .baseUrl(url)
              .modelName(model)
              .timeout(s.timeout())
              .numPredict(s.maxAnswerTokens())
              .temperature(s.temperature())
              .maxRetries(0)
              .build(),
          OllamaStreamingChatModel.builder()
              .baseUrl(url)
              .modelName(model)
              .timeout(s.timeout())
              .numPredict(s.maxAnswerTokens())
              .temperature(s.temperature())
              .build(),
          s.timeout());
    }
    String key = apiKey == null ? NO_KEY : apiKey;
    return new LlmClient(
        OpenAiChatModel.builder()
            .baseUrl(url)
            .apiKey(key)
            .modelName(model)
            .timeout(s.timeout())
            .maxTokens(s.maxAnswerTokens())
            .temperature(s.temperature())
            .maxRetries(0)
            .build(),
        OpenAiStreamingChatModel.builder()
            .baseUrl(url)
            .apiKey(key)
            .modelName(model)
            .timeout(s.timeout())
            .maxTokens(s.maxAnswerTokens())
            .temperature(s.temperature())
            .build(),
        s.timeout());
  }

  /** The blocking model, for LangChain4j pieces that take one (query compression). */
  public ChatModel chatModel() {
    return chat;
  }

  /**
   * The model's reply to {@code messages}. With {@code partial} non-null the reply is streamed and
   * {@code partial} gets the whole text so far after each piece (on the client's thread; it must be
   * quick).
   *
   * @throws LlmFailure when the model gives no usable reply in time
   */
  public String complete(List<ChatMessage> messages, Consumer<String> partial) {
    String text;
    if (partial == null) {
      try {
        ChatResponse r = chat.chat(messages);
        text = r == null || r.aiMessage() == null ? null : r.aiMessage().text();
      } catch (RuntimeException e) {
        throw failure(e);
      }
    } else {
      text = stream(messages, partial);
    }
    if (text == null || text.isBlank()) {
      throw new LlmFailure("empty reply");
    }
    return text;
  }

  private String stream(List<ChatMessage> messages, Consumer<String> partial) {
    CompletableFuture<String> done = new CompletableFuture<>();
    StringBuilder sofar = new StringBuilder();
    try {
      streaming.chat(
          messages,
          new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String piece) {
              String now;
              synchronized (sofar) {
                sofar.append(piece == null ? "" : piece);
                now = sofar.toString();
              }
              if (!done.isDone()) {
                partial.accept(now);
              }
            }

            @Override
            public void onCompleteResponse(ChatResponse r) {
              String full = r == null || r.aiMessage() == null ? null : r.aiMessage().text();
              synchronized (sofar) {
                done.complete(full != null ? full : sofar.toString());
              }
            }

            @Override
            public void onError(Throwable e) {
              done.completeExceptionally(e);
            }
          });
      return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      done.cancel(false); // later pieces are ignored
      throw new LlmFailure("no complete reply within " + timeout.toSeconds() + " s");
    } catch (ExecutionException e) {
      throw failure(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LlmFailure("interrupted");
    } catch (RuntimeException e) {
      throw failure(e);
    }
  }

  /** One short line saying why; response bodies are cut short, keys are never in them. */
  static LlmFailure failure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpException h) {
        return new LlmFailure("HTTP " + h.statusCode(), e);
      }
      if (t instanceof HttpTimeoutException
          || t instanceof java.net.SocketTimeoutException
          || t instanceof dev.langchain4j.exception.TimeoutException) {
        return new LlmFailure("timed out", e);
      }
      if (t instanceof ConnectException) {
        return new LlmFailure("connection refused", e);
      }
      if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
        return new LlmFailure("malformed reply", e);
      }
    }
    String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    return new LlmFailure(
        e.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + cut(m, 120)), e);
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n) + "…";
  }
}
