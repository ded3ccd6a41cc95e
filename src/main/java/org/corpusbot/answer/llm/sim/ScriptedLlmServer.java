package org.corpusbot.answer.llm.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A chat server on loopback that speaks both OpenAI's chat-completions API ({@code POST
 * /v1/chat/completions}, JSON or server-sent events) and Ollama's ({@code POST /api/chat}, JSON or
 * JSON lines), replying with scripted completions: for tests and benchmarks of the LLM path without
 * a model. Records every request.
 */
public final class ScriptedLlmServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What to reply: text (streamed in {@code chunks} when the client streams), or a failure. */
  public record Reply(List<String> chunks, long delayMillis, int status, boolean malformed) {
    public static Reply text(String text) {
      return new Reply(List.of(text), 0, 200, false);
    }

    /** Streamed in these pieces (one piece when the client does not stream). */
    public static Reply chunks(long gapMillis, String... pieces) {
      return new Reply(List.of(pieces), gapMillis, 200, false);
    }

    /** Answers {@code text} only after {@code millis}. */
    public static Reply slow(long millis, String text) {
      return new Reply(List.of(text), millis, 200, false);
    }

    public static Reply status(int code) {
      return new Reply(List.of(), 0, code, false);
    }

    public static Reply garbage() {
      return new Reply(List.of(), 0, 200, true);
    }

    String text() {
      return String.join("", chunks);
    }
  }

  /** A request received: its path, body and Authorization header. */
  public record Request(String path, JsonNode body, String authorization) {
    /** All message contents, joined: what the model was shown. */
    public String prompt() {
      StringBuilder sb = new StringBuilder();
      body.path("messages").forEach(m -> sb.append(m.path("content").asText()).append('\n'));
      return sb.toString();
    }

    public boolean streamed() {
      return body.path("stream").asBoolean(false);
    }

    /** The number the prompt gives the source whose text holds {@code words}. */
    public int source(String words) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(
                  "(?s)\\[(\\d+)\\] ([^\\[]*?)(?=\\n\\[\\d+\\] |</sources>)")
              .matcher(prompt());
      while (m.find()) {
        if (m.group(2).contains(words)) {
          return Integer.parseInt(m.group(1));
        }
      }
      throw new IllegalStateException("no source holds '" + words + "'");
    }
  }

  private final HttpServer http;
  private final ExecutorService pool;
  private final List<Request> requests = new ArrayList<>();
  private final AtomicInteger threads = new AtomicInteger();
  private volatile Function<Request, Reply> script = r -> Reply.text("The articles don't say.");

  public ScriptedLlmServer() throws IOException {
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "scripted-llm-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    http.setExecutor(pool);
    http.createContext("/v1/chat/completions", e -> handle(e, false));
    http.createContext("/api/chat", e -> handle(e, true));
    http.start();
  }

  /** Base URL for an OpenAI-compatible client. */
  public String openAiUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/v1";
  }

  /** Base URL for an Ollama client. */
  public String ollamaUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort();
  }

  public void script(Function<Request, Reply> script) {
    this.script = script;
  }

  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange e, boolean ollama) throws IOException {
    try (e) {
      JsonNode body = JSON.readTree(e.getRequestBody());
      Request req =
          new Request(
              e.getRequestURI().getPath(), body, e.getRequestHeaders().getFirst("Authorization"));
      synchronized (this) {
        requests.add(req);
      }
      Reply reply = script.apply(req);
      if (reply.status() != 200) {
        byte[] b =
            "{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}"
                .getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().add("Content-Type", "application/json");
        e.sendResponseHeaders(reply.status(), b.length);
        e.getResponseBody().write(b);
        return;
      }
      if (reply.malformed()) {
        byte[] b = "{\"choices\": [ this is not json".getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().add("Content-Type", "application/json");
        e.sendResponseHeaders(200, b.length);
        e.getResponseBody().write(b);
        return;
      }
      if (req.streamed()) {
        stream(e, reply, ollama);
      } else {
        sleep(reply.delayMillis());
        byte[] b =
            JSON.writeValueAsBytes(ollama ? ollamaWhole(reply.text()) : openAiWhole(reply.text()));
        e.getResponseHeaders().add("Content-Type", "application/json");
        e.sendResponseHeaders(200, b.length);
        e.getResponseBody().write(b);
      }
    } catch (IOException | RuntimeException ex) {
      // The client gave up (a timeout): nothing to answer.
    }
  }

  private void stream(HttpExchange e, Reply reply, boolean ollama) throws IOException {
    e.getResponseHeaders()
        .add("Content-Type", ollama ? "application/x-ndjson" : "text/event-stream");
    e.sendResponseHeaders(200, 0);
    OutputStream out = e.getResponseBody();
    for (String piece : reply.chunks()) {
      sleep(reply.delayMillis());
      String line =
          ollama
              ? JSON.writeValueAsString(ollamaPiece(piece, false)) + "\n"
              : "data: " + JSON.writeValueAsString(openAiPiece(piece, null)) + "\n\n";
      out.write(line.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
    String end =
        ollama
            ? JSON.writeValueAsString(ollamaPiece("", true)) + "\n"
            : "data: " + JSON.writeValueAsString(openAiPiece("", "stop")) + "\n\ndata: [DONE]\n\n";
    out.write(end.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static ObjectNode openAiWhole(String text) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", "chatcmpl-scripted").put("object", "chat.completion").put("created", 0);
    o.put("model", "scripted");
    ObjectNode c = o.putArray("choices").addObject();
    c.put("index", 0).put("finish_reason", "stop");
    c.putObject("message").put("role", "assistant").put("content", text);
    o.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
    return o;
  }

  private static ObjectNode openAiPiece(String piece, String finish) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", "chatcmpl-scripted").put("object", "chat.completion.chunk").put("created", 0);
    o.put("model", "scripted");
    ObjectNode c = o.putArray("choices").addObject();
    c.put("index", 0);
    if (finish == null) {
      c.putNull("finish_reason");
      c.putObject("delta").put("content", piece);
    } else {
      c.put("finish_reason", finish);
      c.putObject("delta");
    }
    return o;
  }

  private static ObjectNode ollamaWhole(String text) {
    ObjectNode o = ollamaPiece(text, true);
    return o;
  }

  private static ObjectNode ollamaPiece(String piece, boolean done) {
    ObjectNode o = JSON.createObjectNode();
    o.put("model", "scripted").put("created_at", "2024-01-01T00:00:00Z");
    o.putObject("message").put("role", "assistant").put("content", piece);
    o.put("done", done);
    if (done) {
      o.put("done_reason", "stop").put("prompt_eval_count", 1).put("eval_count", 1);
    }
    return o;
  }

  private static void sleep(long ms) {
    if (ms <= 0) {
      return;
    }
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    http.stop(0);
    pool.shutdownNow();
  }
}
