package org.corpusbot.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The chat model behind LangChain4j's own clients ({@code langchain4j-open-ai}, {@code
 * langchain4j-ollama}), asked once (no retries: the offline answer is the fallback, and a retry
 * would double the wait) with a deadline for the whole reply. Thread-safe.
 */
public final class LlmClient {
  /** Servers that need no key (local ones) still get a header; this says there is none. */
  static final String NO_KEY = "no-key";

  /**
   * A reply longer than this many characters per answer token is refused as overlong: a token is
   * about 4 characters of English, so this leaves room for long ones (numbers, URLs) while a server
   * that ignores the token limit cannot fill the heap for as long as the timeout lasts.
   */
  static final int MAX_CHARS_PER_TOKEN = 16;

  private final ChatModel chat;
  private final StreamingChatModel streaming;
  private final Duration timeout;
  private final int maxReplyChars;

  LlmClient(ChatModel chat, StreamingChatModel streaming, Duration timeout, int maxReplyChars) {
    this.chat = chat;
    this.streaming = streaming;
    this.timeout = timeout;
    this.maxReplyChars = maxReplyChars;
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
          s.timeout(),
          s.maxAnswerTokens() * MAX_CHARS_PER_TOKEN);
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
        s.timeout(),
        s.maxAnswerTokens() * MAX_CHARS_PER_TOKEN);
  }

  /** The blocking model, for LangChain4j pieces that take one (query compression). */
  public ChatModel chatModel() {
    return chat;
  }

  /**
   * The model's reply to {@code messages}. With {@code partial} non-null the reply is streamed and
   * {@code partial} gets the whole text so far as it grows (not after every piece: see {@link
   * StreamedText}), on the client's thread; it must be quick.
   *
   * @throws LlmFailure when the model gives no usable reply in time, or one longer than {@value
   *     #MAX_CHARS_PER_TOKEN} characters per answer token ("overlong reply")
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
    if (text.length() > maxReplyChars) {
      throw new LlmFailure(StreamedText.OVERLONG);
    }
    return text;
  }

  private String stream(List<ChatMessage> messages, Consumer<String> partial) {
    CompletableFuture<String> done = new CompletableFuture<>();
    StreamedText sofar = new StreamedText(maxReplyChars);
    AtomicReference<StreamingHandle> handle = new AtomicReference<>();
    try {
      streaming.chat(
          messages,
          new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse piece, PartialResponseContext context) {
              handle.compareAndSet(null, context.streamingHandle());
              if (done.isDone()) {
                return;
              }
              String now;
              try {
                now = sofar.add(piece.text());
              } catch (LlmFailure overlong) {
                done.completeExceptionally(overlong);
                context.streamingHandle().cancel(); // the server need not write the rest
                return;
              }
              if (now != null) {
                partial.accept(now);
              }
            }

            @Override
            public void onCompleteResponse(ChatResponse r) {
              String full = r == null || r.aiMessage() == null ? null : r.aiMessage().text();
              try {
                done.complete(sofar.complete(full));
              } catch (LlmFailure overlong) {
                done.completeExceptionally(overlong);
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
      cancel(handle.get());
      throw new LlmFailure("no complete reply within " + timeout.toSeconds() + " s");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof LlmFailure f ? f : failure(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel(handle.get());
      throw new LlmFailure("interrupted");
    } catch (RuntimeException e) {
      throw failure(e);
    }
  }

  /** Ends a stream nobody waits for any more, so that it stops holding a connection. */
  private static void cancel(StreamingHandle handle) {
    if (handle != null && !handle.isCancelled()) {
      handle.cancel();
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
