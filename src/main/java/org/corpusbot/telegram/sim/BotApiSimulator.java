package org.corpusbot.telegram.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Bot API server on loopback that behaves as Telegram documents, for tests and benchmarks:
 * long-polling {@code getUpdates} (an update is gone once a call's {@code offset} passes it),
 * {@code sendMessage} and {@code editMessageText} that refuse malformed HTML, texts over 4096
 * characters and keyboards over 100 buttons as Telegram does, {@code answerCallbackQuery}, {@code
 * sendChatAction}, {@code setMyCommands}, {@code getMe}, {@code getChatMember}, {@code
 * deleteWebhook}; and, on demand, 429 with {@code retry_after}, 5xx, outages (the port stops
 * answering, then comes back), and 403 from a chat that blocked the bot.
 *
 * <p>Every accepted {@code sendMessage} and {@code editMessageText} is also kept in {@link
 * #deliveries} with the moment it arrived, so that tests can check what the bot sent against
 * Telegram's rate limits.
 *
 * <p>Test code feeds it user messages and button presses and reads what the bot sent.
 */
public final class BotApiSimulator implements AutoCloseable {
  static {
    // NOTE: without TCP_NODELAY the JDK server's two writes per response (headers, body) meet the
    // client's delayed ACK and every call stalls ~40 ms, which real Bot API servers do not do.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_TEXT = 4096;
  private static final int MAX_BUTTONS = 100;

  /** A message the bot sent (or the latest text of one it edited). */
  public record Sent(
      int messageId,
      long chatId,
      String text,
      String parseMode,
      JsonNode replyMarkup,
      Integer replyTo,
      long nanos) {}

  /**
   * A {@code sendMessage} or {@code editMessageText} the simulator accepted, and when it arrived
   * ({@link System#nanoTime()}).
   */
  public record Delivery(String method, long chatId, int messageId, long nanos) {}

  private final String token;
  private final ObjectNode me;
  private final int port;
  private final Object lock = new Object();
  private final UpdateQueue updates = new UpdateQueue();
  private final List<Sent> sent = new ArrayList<>();
  private final List<Delivery> deliveries = new ArrayList<>();
  // chats that blocked the bot (or groups it was removed from); group id -> its admins, creator
  // first; guarded by lock
  private final Set<Long> blocked = new HashSet<>();
  private final Map<Long, List<Long>> admins = new HashMap<>();
  private final Map<String, List<JsonNode>> calls = new HashMap<>();
  private final Map<String, Fault> faults = new HashMap<>();
  private final Map<String, Fault> periodic = new HashMap<>();
  private final AtomicInteger nextMessage = new AtomicInteger(1);
  private final AtomicInteger nextCallback = new AtomicInteger(1);
  // file_id -> path on the file server, and path -> content; guarded by lock
  private final Map<String, String> filePaths = new HashMap<>();
  private final Map<String, byte[]> files = new HashMap<>();
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "bot-api-sim");
            t.setDaemon(true);
            return t;
          });
  private HttpServer server;

  /**
   * {@code times} failures to come; or, in {@link #periodic}, one in {@code times} after {@code
   * from}.
   */
  private record Fault(int times, int code, Integer retryAfter, int from) {
    Fault(int times, int code, Integer retryAfter) {
      this(times, code, retryAfter, 0);
    }
  }

  /**
   * A token shaped like a real one (bot id, colon, 35 characters), made fresh at run time so that
   * nothing token-shaped is ever written into the repository. It only opens this simulator.
   */
  public static String fakeToken() {
    java.security.SecureRandom random = new java.security.SecureRandom();
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    StringBuilder sb = new StringBuilder().append(100_000_000 + random.nextInt(900_000_000));
    sb.append(':');
    for (int i = 0; i < 35; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  public BotApiSimulator(String token, long botId, String botUsername) throws IOException {
    this.token = token;
    this.me =
        JSON.createObjectNode()
            .put("id", botId)
            .put("is_bot", true)
            .put("first_name", "Corpus")
            .put("username", botUsername);
    this.server = bind(0);
    this.port = server.getAddress().getPort();
  }

  private HttpServer bind(int port) throws IOException {
    HttpServer s =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    s.createContext("/", this::handle);
    s.setExecutor(threads);
    s.start();
    return s;
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + port);
  }

  // ---- feeding updates ------------------------------------------------------------------------

  /** A text message from a user in a private chat (chat id = user id). */
  public int privateText(long userId, String text) {
    return push("message", message(userId, userId, "private", text, null));
  }

  /** A text message from a user in a private chat, sent at {@code sent} (as its date says). */
  public int privateTextAt(long userId, String text, java.time.Instant sent) {
    ObjectNode m = message(userId, userId, "private", text, null);
    m.put("date", sent.getEpochSecond());
    return push("message", m);
  }

  /**
   * A text message in a group; {@code replyTo} (nullable) is a message of the bot it replies to.
   */
  public int groupText(long groupId, long userId, String text, Integer replyTo) {
    return push("message", message(groupId, userId, "supergroup", text, replyTo));
  }

  /**
   * A text message a group admin sends anonymously, as the group: Telegram gives {@code
   * GroupAnonymousBot} as its sender and the group as {@code sender_chat}.
   */
  public int groupTextAsGroup(long groupId, String text) {
    ObjectNode m = message(groupId, ANONYMOUS_ADMIN, "supergroup", text, null);
    ((ObjectNode) m.get("from")).put("is_bot", true).put("username", "GroupAnonymousBot");
    m.set("sender_chat", chat(groupId, "supergroup"));
    return push("message", m);
  }

  /** The user id Telegram gives messages sent anonymously by group admins. */
  public static final long ANONYMOUS_ADMIN = 1087968824L;

  /**
   * A text message in a private chat that replies to the bot's message {@code replyTo}; as in
   * Telegram, the update carries that message with its text and buttons.
   */
  public int privateReply(long userId, String text, int replyTo) {
    return push("message", message(userId, userId, "private", text, replyTo));
  }

  /** A message without text: {@code kind} is sticker, photo, voice or document. */
  public int privateNonText(long userId, String kind) {
    ObjectNode m = message(userId, userId, "private", null, null);
    m.putObject(kind).put("file_id", "f" + nextMessage.get());
    return push("message", m);
  }

  /**
   * A document sent in a private chat, as Telegram delivers it: the message carries its file id,
   * name, type and size; the bot gets its path with {@code getFile} and downloads it from {@code
   * /file/bot<token>/<path>}. {@code claimedSize} is the size the message says (a client can lie;
   * negative: the real size).
   */
  public int privateDocument(
      long userId, String fileName, String mimeType, byte[] content, long claimedSize) {
    ObjectNode m = message(userId, userId, "private", null, null);
    String fileId;
    synchronized (lock) {
      fileId = "doc" + (filePaths.size() + 1);
      String path = "documents/file_" + (filePaths.size() + 1) + extension(fileName);
      filePaths.put(fileId, path);
      files.put(path, content.clone());
    }
    m.putObject("document")
        .put("file_id", fileId)
        .put("file_unique_id", "u" + fileId)
        .put("file_name", fileName)
        .put("mime_type", mimeType)
        .put("file_size", claimedSize < 0 ? content.length : claimedSize);
    return push("message", m);
  }

  private static String extension(String fileName) {
    int dot = fileName.indexOf('.');
    return dot < 0 ? "" : fileName.substring(dot);
  }

  /** An edit of an earlier message. */
  public int privateEdit(long userId, int messageId, String text) {
    ObjectNode m = message(userId, userId, "private", text, null);
    m.put("message_id", messageId).put("edit_date", now());
    return push("edited_message", m);
  }

  /** A press of an inline button under message {@code messageId}. */
  public int buttonPress(long chatId, long userId, int messageId, String data) {
    ObjectNode q = JSON.createObjectNode();
    q.put("id", "cb" + nextCallback.getAndIncrement());
    q.set("from", user(userId));
    q.put("chat_instance", "ci" + chatId);
    q.put("data", data);
    ObjectNode m = q.putObject("message");
    m.put("message_id", messageId).put("date", now());
    m.set("chat", chat(chatId, chatId > 0 ? "private" : "supergroup"));
    m.set("from", me);
    m.put("text", "…");
    return push("callback_query", q);
  }

  private ObjectNode message(
      long chatId, long userId, String chatType, String text, Integer replyTo) {
    ObjectNode m = JSON.createObjectNode();
    m.put("message_id", nextMessage.getAndIncrement());
    m.set("from", user(userId));
    m.set("chat", chat(chatId, chatType));
    m.put("date", now());
    if (text != null) {
      m.put("text", text);
      if (text.startsWith("/")) {
        int len = text.split("\\s", 2)[0].length();
        m.putArray("entities")
            .addObject()
            .put("type", "bot_command")
            .put("offset", 0)
            .put("length", len);
      }
    }
    if (replyTo != null) {
      ObjectNode r = m.putObject("reply_to_message");
      r.put("message_id", replyTo).put("date", now());
      r.set("chat", chat(chatId, chatType));
      r.set("from", me);
      r.put("text", "…");
      synchronized (lock) {
        for (Sent s : sent) {
          if (s.messageId() == replyTo && s.chatId() == chatId) {
            r.put("text", s.text());
            if (s.replyMarkup() != null) {
              r.set("reply_markup", s.replyMarkup());
            }
          }
        }
      }
    }
    return m;
  }

  private static ObjectNode user(long id) {
    return JSON.createObjectNode()
        .put("id", id)
        .put("is_bot", false)
        .put("first_name", "User" + id);
  }

  private static ObjectNode chat(long id, String type) {
    ObjectNode c = JSON.createObjectNode().put("id", id).put("type", type);
    return "private".equals(type)
        ? c.put("first_name", "User" + id)
        : c.put("title", "Group " + id);
  }

  private static long now() {
    return System.currentTimeMillis() / 1000;
  }

  private int push(String kind, ObjectNode payload) {
    return updates.push(kind, payload);
  }

  /**
   * Numbers the next updates from {@code id} on, as Telegram does after a bot has had no updates
   * for a week: the Bot API then picks the next update id at random, possibly below every id so
   * far.
   */
  public void restartUpdateIdsAt(int id) {
    updates.restartAt(id);
  }

  // ---- inspecting -----------------------------------------------------------------------------

  public List<Sent> sent() {
    synchronized (lock) {
      return List.copyOf(sent);
    }
  }

  /** Every accepted send and edit, in order of arrival. */
  public List<Delivery> deliveries() {
    synchronized (lock) {
      return List.copyOf(deliveries);
    }
  }

  public List<JsonNode> calls(String method) {
    synchronized (lock) {
      return List.copyOf(calls.getOrDefault(method.toLowerCase(Locale.ROOT), List.of()));
    }
  }

  /** When update {@code id} was fed in ({@link System#nanoTime()}). */
  public long arrival(int id) {
    return updates.arrival(id);
  }

  /** Updates fed in and not yet confirmed by a getUpdates offset. */
  public int unconfirmed() {
    return updates.unconfirmed();
  }

  /** Waits until a sent message matches, or returns empty after {@code timeout}. */
  public Optional<Sent> await(Predicate<Sent> match, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (true) {
        for (Sent s : sent) {
          if (match.test(s)) {
            return Optional.of(s);
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return Optional.empty();
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
    }
  }

  // ---- chats ----------------------------------------------------------------------------------

  /**
   * From now on Telegram refuses, with 403, what the bot sends to {@code chatId} (messages, edits,
   * the typing indicator): the user blocked the bot, or (a group) the bot was removed from it.
   */
  public void blockBot(long chatId) {
    synchronized (lock) {
      blocked.add(chatId);
    }
  }

  /** The user unblocked the bot (or the bot was added to the group again). */
  public void unblockBot(long chatId) {
    synchronized (lock) {
      blocked.remove(chatId);
    }
  }

  /**
   * The administrators of group {@code groupId}, as {@code getChatMember} reports them: the first
   * is its creator, the others administrators; everyone else is a member.
   */
  public void setAdmins(long groupId, long... userIds) {
    synchronized (lock) {
      admins.put(groupId, java.util.Arrays.stream(userIds).boxed().toList());
    }
  }

  // ---- faults ---------------------------------------------------------------------------------

  /**
   * The next {@code times} calls of {@code method} fail with {@code code} (429 carries
   * retry_after).
   */
  public void failNext(String method, int times, int code, Integer retryAfter) {
    synchronized (lock) {
      faults.put(method.toLowerCase(Locale.ROOT), new Fault(times, code, retryAfter));
    }
  }

  /**
   * From now on every {@code every}-th call of {@code method} fails with {@code code} (429 carries
   * retry_after), as a busy Telegram does; {@code every} 0 stops it.
   */
  public void failEvery(String method, int every, int code, Integer retryAfter) {
    synchronized (lock) {
      String m = method.toLowerCase(Locale.ROOT);
      if (every <= 0) {
        periodic.remove(m);
      } else {
        int seen = calls.getOrDefault(m, List.of()).size();
        periodic.put(m, new Fault(every, code, retryAfter, seen));
      }
    }
  }

  /**
   * The port stops answering (connections are refused), as in an outage. Requests already being
   * served get their answer first (long polls at once), so that nothing the simulator recorded as
   * sent is unknown to the bot: a reply accepted but whose answer is lost in transit would be sent
   * again, which no Bot API client can tell from a failed send.
   */
  public void stop() {
    updates.releaseWaiting();
    server.stop(2);
    updates.endRelease();
  }

  /** The server comes back on the same port. */
  public void restart() throws IOException {
    server = bind(port);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  // ---- the HTTP side --------------------------------------------------------------------------

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String[] path = ex.getRequestURI().getPath().split("/");
      if (path.length > 3 && path[1].equals("file") && path[2].equals("bot" + token)) {
        serveFile(ex, ex.getRequestURI().getPath().substring(("/file/bot" + token + "/").length()));
        return;
      }
      if (path.length < 3 || !path[1].equals("bot" + token)) {
        reply(ex, 401, error(401, "Unauthorized"));
        return;
      }
      long arrived = System.nanoTime();
      String method = path[path.length - 1].toLowerCase(Locale.ROOT);
      byte[] body = ex.getRequestBody().readAllBytes();
      JsonNode params = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
      Fault fault = takeFault(method, params);
      if (fault != null) {
        ObjectNode err =
            error(
                fault.code(),
                fault.code() == 429
                    ? "Too Many Requests: retry after " + fault.retryAfter()
                    : "Internal Server Error");
        if (fault.retryAfter() != null) {
          err.putObject("parameters").put("retry_after", fault.retryAfter());
        }
        reply(ex, fault.code(), err);
        return;
      }
      Optional<ObjectNode> refused = refusedByChat(method, params);
      ObjectNode response = refused.isPresent() ? refused.get() : dispatch(method, params, arrived);
      int status = response.path("ok").asBoolean() ? 200 : response.path("error_code").asInt(400);
      reply(ex, status, response);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void serveFile(HttpExchange ex, String path) throws IOException {
    byte[] content;
    synchronized (lock) {
      calls
          .computeIfAbsent("file", m -> new ArrayList<>())
          .add(JSON.getNodeFactory().textNode(path));
      content = files.get(path);
    }
    if (content == null) {
      ex.sendResponseHeaders(404, -1);
      return;
    }
    ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
    ex.sendResponseHeaders(200, content.length);
    ex.getResponseBody().write(content);
  }

  private ObjectNode getFile(JsonNode p) {
    String id = p.path("file_id").asText();
    synchronized (lock) {
      String path = filePaths.get(id);
      if (path == null) {
        return error(400, "Bad Request: invalid file_id");
      }
      return ok(
          JSON.createObjectNode()
              .put("file_id", id)
              .put("file_unique_id", "u" + id)
              .put("file_size", files.get(path).length)
              .put("file_path", path));
    }
  }

  private Fault takeFault(String method, JsonNode params) {
    synchronized (lock) {
      List<JsonNode> made = calls.computeIfAbsent(method, m -> new ArrayList<>());
      made.add(params);
      Fault every = periodic.get(method);
      if (every != null && (made.size() - every.from()) % every.times() == 0) {
        return every;
      }
      Fault f = faults.get(method);
      if (f == null || f.times() <= 0) {
        return null;
      }
      faults.put(method, new Fault(f.times() - 1, f.code(), f.retryAfter()));
      return f;
    }
  }

  /** 403 for what goes to a chat that blocked the bot, as Telegram answers it. */
  private Optional<ObjectNode> refusedByChat(String method, JsonNode p) {
    if (!method.equals("sendmessage")
        && !method.equals("editmessagetext")
        && !method.equals("sendchataction")
        && !method.equals("getchatmember")) {
      return Optional.empty();
    }
    long chatId = p.path("chat_id").asLong();
    synchronized (lock) {
      if (!blocked.contains(chatId)) {
        return Optional.empty();
      }
    }
    return Optional.of(
        error(
            403,
            chatId > 0
                ? "Forbidden: bot was blocked by the user"
                : "Forbidden: bot was kicked from the supergroup chat"));
  }

  private ObjectNode dispatch(String method, JsonNode p, long arrived) throws InterruptedException {
    return switch (method) {
      case "getme" -> ok(me);
      case "deletewebhook", "setmycommands", "answercallbackquery", "sendchataction" ->
          ok(com.fasterxml.jackson.databind.node.BooleanNode.TRUE);
      case "getupdates" -> getUpdates(p);
      case "getfile" -> getFile(p);
      case "getchatmember" -> getChatMember(p);
      case "sendmessage" -> sendMessage(p, arrived);
      case "editmessagetext" -> editMessage(p, arrived);
      default -> error(404, "Not Found: method not found");
    };
  }

  private ObjectNode getUpdates(JsonNode p) throws InterruptedException {
    int limit = Math.max(1, Math.min(100, p.path("limit").asInt(100)));
    return ok(updates.poll(p.path("offset").asInt(0), limit, p.path("timeout").asInt(0)));
  }

  private ObjectNode getChatMember(JsonNode p) {
    long chatId = p.path("chat_id").asLong();
    long userId = p.path("user_id").asLong();
    if (chatId > 0 && chatId != userId) {
      return error(400, "Bad Request: user not found");
    }
    List<Long> chatAdmins;
    synchronized (lock) {
      chatAdmins = admins.getOrDefault(chatId, List.of());
    }
    int rank = chatAdmins.indexOf(userId);
    ObjectNode m = JSON.createObjectNode();
    m.put("status", rank == 0 ? "creator" : rank > 0 ? "administrator" : "member");
    m.set("user", user(userId));
    if (rank >= 0) {
      m.put("is_anonymous", false);
    }
    if (rank > 0) {
      m.put("can_be_edited", false).put("can_manage_chat", true).put("can_delete_messages", true);
    }
    return ok(m);
  }

  private ObjectNode sendMessage(JsonNode p, long arrived) {
    Optional<ObjectNode> refused = validate(p);
    if (refused.isPresent()) {
      return refused.get();
    }
    int id = nextMessage.getAndIncrement();
    long chatId = p.path("chat_id").asLong();
    Integer replyTo =
        p.hasNonNull("reply_to_message_id") ? p.get("reply_to_message_id").asInt() : null;
    synchronized (lock) {
      sent.add(
          new Sent(
              id,
              chatId,
              p.path("text").asText(),
              p.path("parse_mode").asText(null),
              p.get("reply_markup"),
              replyTo,
              arrived));
      deliveries.add(new Delivery("sendMessage", chatId, id, arrived));
      lock.notifyAll();
    }
    return ok(messageResult(id, chatId, p.path("text").asText()));
  }

  private ObjectNode editMessage(JsonNode p, long arrived) {
    Optional<ObjectNode> refused = validate(p);
    if (refused.isPresent()) {
      return refused.get();
    }
    int id = p.path("message_id").asInt();
    long chatId = p.path("chat_id").asLong();
    synchronized (lock) {
      for (int i = 0; i < sent.size(); i++) {
        Sent s = sent.get(i);
        if (s.messageId() == id && s.chatId() == chatId) {
          if (s.text().equals(p.path("text").asText())) {
            return error(400, "Bad Request: message is not modified");
          }
          sent.set(
              i,
              new Sent(
                  id,
                  chatId,
                  p.path("text").asText(),
                  p.path("parse_mode").asText(null),
                  p.get("reply_markup"),
                  s.replyTo(),
                  arrived));
          deliveries.add(new Delivery("editMessageText", chatId, id, arrived));
          lock.notifyAll();
          return ok(messageResult(id, chatId, p.path("text").asText()));
        }
      }
    }
    return error(400, "Bad Request: message to edit not found");
  }

  private static Optional<ObjectNode> validate(JsonNode p) {
    String text = p.path("text").asText("");
    String visible = text;
    if ("HTML".equalsIgnoreCase(p.path("parse_mode").asText())) {
      try {
        visible = TelegramHtml.visibleText(text);
      } catch (TelegramHtml.ParseException e) {
        return Optional.of(error(400, e.getMessage()));
      }
    }
    if (visible.isBlank()) {
      return Optional.of(error(400, "Bad Request: message text is empty"));
    }
    if (visible.length() > MAX_TEXT) {
      return Optional.of(error(400, "Bad Request: message is too long"));
    }
    int buttons = 0;
    for (JsonNode row : p.path("reply_markup").path("inline_keyboard")) {
      buttons += row.size();
    }
    if (buttons > MAX_BUTTONS) {
      return Optional.of(error(400, "Bad Request: reply markup is too long"));
    }
    return Optional.empty();
  }

  private ObjectNode messageResult(int id, long chatId, String text) {
    ObjectNode m = JSON.createObjectNode();
    m.put("message_id", id).put("date", now());
    m.set("chat", chat(chatId, chatId > 0 ? "private" : "supergroup"));
    m.set("from", me);
    m.put("text", text);
    return m;
  }

  private static ObjectNode ok(JsonNode result) {
    ObjectNode o = JSON.createObjectNode().put("ok", true);
    o.set("result", result);
    return o;
  }

  private static ObjectNode error(int code, String description) {
    return JSON.createObjectNode()
        .put("ok", false)
        .put("error_code", code)
        .put("description", description);
  }

  private static void reply(HttpExchange ex, int status, ObjectNode body) throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
