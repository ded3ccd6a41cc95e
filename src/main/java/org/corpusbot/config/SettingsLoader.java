package org.corpusbot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.corpusbot.answer.AnswerTuning;
import org.corpusbot.answer.llm.LlmProvider;
import org.corpusbot.answer.llm.LlmSettings;
import org.corpusbot.corpus.CorpusLimits;
import org.corpusbot.feeds.FeedSettings;
import org.corpusbot.ingest.WatchSettings;
import org.corpusbot.ops.MetricsSettings;
import org.corpusbot.retrieval.EmbeddingModelChoice;
import org.corpusbot.retrieval.FusionMethod;
import org.corpusbot.retrieval.IndexPolicy;
import org.corpusbot.retrieval.RetrievalTuning;
import org.corpusbot.summary.SummaryTuning;
import org.corpusbot.telegram.SendLimits;
import org.corpusbot.telegram.TelegramSettings;

/**
 * Reads the settings: built-in defaults (the documented {@code corpusbot.properties} packaged in
 * the jar), then a configuration file, then environment variables ({@code data.dir} ← {@code
 * CORPUSBOT_DATA_DIR}), then command-line overrides. The set of keys is the set the defaults
 * document, so a misspelt key in a file fails at start instead of being silently ignored.
 */
public final class SettingsLoader {
  public static final Path DEFAULT_FILE = Path.of("config", "corpusbot.properties");
  private static final String DEFAULTS_RESOURCE = "/corpusbot.properties";

  private SettingsLoader() {}

  /**
   * @param file a configuration file; null means {@code config/corpusbot.properties} if it exists
   * @param env the environment (secrets and overrides)
   * @param overrides command-line values by key
   */
  public static Settings load(Path file, Map<String, String> env, Map<String, String> overrides) {
    Map<String, String> values = defaults();
    Path source = file != null ? file : Files.isRegularFile(DEFAULT_FILE) ? DEFAULT_FILE : null;
    if (file != null && !Files.isRegularFile(file)) {
      throw new SettingsException("config file not found: " + file + " (--config)");
    }
    if (source != null) {
      merge(values, read(source), source.toString());
    }
    for (String key : values.keySet()) {
      String fromEnv = env.get(envName(key));
      if (fromEnv != null) {
        values.put(key, fromEnv);
      }
    }
    merge(values, overrides, "the command line");
    return build(new Values(values), env);
  }

  /** {@code data.dir} → {@code CORPUSBOT_DATA_DIR}. */
  public static String envName(String key) {
    return "CORPUSBOT_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private static Settings build(Values v, Map<String, String> env) {
    Map<String, String> fields = new HashMap<>();
    for (String part : new String[] {"id", "title", "text", "date", "url", "authors", "source"}) {
      String name = v.text("corpus.jsonl." + part);
      if (!name.isEmpty()) {
        fields.put(part, name);
      }
    }
    return new Settings(
        v.path("corpus.path"),
        v.path("data.dir"),
        v.parse("embedding.model", EmbeddingModelChoice::parse),
        v.integer("index.chunk-chars", 200, 4000),
        fields,
        v.parse(
            "retrieval",
            x ->
                new RetrievalTuning(
                    v.parse("retrieval.fusion", FusionMethod::parse),
                    v.integer("retrieval.candidates", 10, 2000),
                    v.integer("retrieval.rrf-k", 1, 1000),
                    v.decimal("retrieval.passage-weight"),
                    v.decimal("retrieval.vector-weight"),
                    v.decimal("retrieval.article-weight"),
                    v.decimal("retrieval.recency-weight"),
                    v.decimal("retrieval.recency-days"))),
        v.parse(
            "answer",
            x ->
                new AnswerTuning(
                    v.integer("answer.passages", 1, 50),
                    v.integer("answer.max-sentences", 1, 3),
                    v.decimal("answer.min-evidence"))),
        v.parse(
            "summary",
            x ->
                new SummaryTuning(
                    v.integer("summary.sentences", 1, 10),
                    v.integer("summary.max-words", 20, 1000),
                    v.integer("summary.topic-sentences", 1, 12),
                    v.integer("summary.topic-passages", 1, 100),
                    v.decimal("summary.min-evidence"))),
        v.parse("llm", x -> llm(v, env)),
        v.parse("telegram", x -> telegram(v)),
        examples(v.text("telegram.examples")),
        v.parse(
            "metrics",
            x -> new MetricsSettings(v.text("metrics.host"), v.integer("metrics.port", 0, 65_535))),
        new Secrets(
            env.get(Secrets.TELEGRAM_TOKEN_VAR),
            env.get(Secrets.LLM_API_KEY_VAR),
            env.get(Secrets.SOLR_USER_VAR),
            env.get(Secrets.SOLR_PASSWORD_VAR)),
        new CorpusLimits((long) v.integer("corpus.max-article-mb", 1, 1024) << 20),
        v.parse(
            "index",
            x ->
                new IndexPolicy(
                    v.integer("index.max-article-chars", 1_000, 100_000_000),
                    v.decimal("index.max-delete-share"),
                    v.integer("index.commit-seconds", 1, 86_400),
                    IndexPolicy.BotRemovals.parse(v.text("index.bot-removes")))),
        v.flag("meetings.llm-extraction"),
        v.parse(
            "watch",
            x ->
                new WatchSettings(
                    v.flag("watch.enabled"),
                    Duration.ofMillis(v.integer("watch.settle-ms", 0, 600_000)))),
        v.parse("feeds", x -> feeds(v)),
        v.parse("retrieval.backend", Backend::parse),
        solr(v));
  }

  private static SolrSettings solr(Values v) {
    List<URI> urls = new ArrayList<>();
    for (String u : v.list("solr.urls")) {
      try {
        urls.add(new URI(u.replaceAll("/+$", "")));
      } catch (URISyntaxException e) {
        throw new SettingsException(
            "solr.urls: '"
                + SolrSettings.shown(u)
                + "' is not a URL ("
                + envName("solr.urls")
                + ")");
      }
    }
    SolrSettings s;
    try {
      s =
          new SolrSettings(
              v.list("solr.zk-hosts"),
              urls,
              v.text("solr.collection"),
              v.integer("solr.shards", 1, 1024),
              v.integer("solr.replicas", 1, 16),
              Duration.ofMillis(v.integer("solr.connect-timeout-ms", 100, 600_000)),
              Duration.ofMillis(v.integer("solr.request-timeout-ms", 100, 3_600_000)));
    } catch (SettingsException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage(), e);
    }
    if (!s.zkHosts().isEmpty() && !s.urls().isEmpty()) {
      throw new SettingsException(
          "solr.zk-hosts and solr.urls are both set; give one: the ZooKeeper hosts (preferred, the"
              + " client then routes by document id) or the Solr node URLs");
    }
    if (Backend.parse(v.text("retrieval.backend")) == Backend.SOLR && !s.located()) {
      throw new SettingsException(
          "retrieval.backend = solr needs the cluster: set solr.zk-hosts ("
              + envName("solr.zk-hosts")
              + ", e.g. zk1:2181,zk2:2181/solr) or solr.urls ("
              + envName("solr.urls")
              + ")");
    }
    return s;
  }

  private static FeedSettings feeds(Values v) {
    List<String> urls = new ArrayList<>();
    for (String u : v.text("feeds.urls").split("[,\\s]+")) {
      if (u.isBlank()) {
        continue;
      }
      if (!u.matches("(?i)https?://[^/\\s]+.*")) {
        throw new SettingsException(
            "feeds.urls: '" + u + "' is not an http(s) URL (" + envName("feeds.urls") + ")");
      }
      urls.add(u.strip());
    }
    return new FeedSettings(
        urls,
        Duration.ofSeconds(v.integer("feeds.interval", 10, 86_400)),
        v.flag("feeds.allow-private"),
        (long) v.integer("feeds.max-mb", 1, 1024) << 20,
        Duration.ofSeconds(v.integer("feeds.timeout-seconds", 1, 600)));
  }

  private static LlmSettings llm(Values v, Map<String, String> env) {
    LlmSettings s =
        new LlmSettings(
            v.parse("llm.provider", LlmProvider::parse),
            v.text("llm.base-url"),
            v.text("llm.model"),
            Duration.ofSeconds(v.integer("llm.timeout-seconds", 1, 600)),
            v.integer("llm.max-answer-tokens", 16, 8192),
            v.decimal("llm.temperature"),
            v.integer("llm.context-tokens", 200, 100_000));
    String key = env.get(Secrets.LLM_API_KEY_VAR);
    if (s.provider() == LlmProvider.OPENAI
        && s.effectiveBaseUrl().contains("api.openai.com")
        && (key == null || key.isBlank())) {
      throw new SettingsException(
          "llm.provider = openai talks to api.openai.com, which needs a key: set "
              + Secrets.LLM_API_KEY_VAR
              + " (or llm.base-url for a local server that needs none)");
    }
    if (s.enabled() && !s.effectiveBaseUrl().matches("(?i)https?://\\S+")) {
      throw new SettingsException(
          "llm.base-url = '" + s.baseUrl() + "' is not an http(s) URL (CORPUSBOT_LLM_BASE_URL)");
    }
    return s;
  }

  private static TelegramSettings telegram(Values v) {
    URI url;
    try {
      url = new URI(v.text("telegram.api-url").replaceAll("/+$", ""));
    } catch (URISyntaxException e) {
      throw new SettingsException("telegram.api-url is not a URL: " + e.getMessage());
    }
    return new TelegramSettings(
        url,
        v.ids("telegram.allowed-users"),
        v.ids("telegram.allowed-chats"),
        v.ids("telegram.admins"),
        v.integer("telegram.rate-limit-burst", 1, 1000),
        Duration.ofSeconds(v.integer("telegram.rate-limit-refill-seconds", 0, 86_400)),
        v.integer("telegram.workers", 1, 64),
        v.integer("telegram.queue-limit", 1, 1_000_000),
        v.integer("telegram.poll-timeout-seconds", 0, 120),
        v.integer("telegram.shutdown-seconds", 0, 3600),
        new SendLimits(
            v.integer("telegram.sends-per-second", 1, 1000),
            v.integer("telegram.chat-sends-per-second", 1, 1000),
            v.integer("telegram.chat-burst", 1, 100),
            v.integer("telegram.group-sends-per-minute", 1, 10_000)));
  }

  private static List<String> examples(String raw) {
    List<String> out = new ArrayList<>();
    for (String q : raw.split("\\|")) {
      if (!q.isBlank()) {
        out.add(q.strip());
      }
    }
    return out;
  }

  private static Map<String, String> defaults() {
    try (InputStream in = SettingsLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "built-in defaults missing from the jar: " + DEFAULTS_RESOURCE);
      }
      Properties p = new Properties();
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new HashMap<>();
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k).strip()));
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read built-in defaults", e);
    }
  }

  private static Map<String, String> read(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties p = new Properties();
      p.load(r);
      Map<String, String> out = new HashMap<>();
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k).strip()));
      return out;
    } catch (IOException e) {
      throw new SettingsException("cannot read config file " + file + ": " + e.getMessage(), e);
    }
  }

  /** A key naming a secret ("telegram.token", "llm.api-key"), not a count of tokens. */
  private static final java.util.regex.Pattern SECRET_KEY =
      java.util.regex.Pattern.compile(
          "(?i)(?:^|[.-])(?:token|bot-token|api-?key|secret|password|user)$");

  /**
   * A value shaped like a credential: a URL with a password ({@code //user:pw@host}), a Telegram
   * bot token, a bearer token or an {@code sk-} API key. Files and command lines are read by more
   * people (and {@code ps}) than the environment.
   */
  private static final java.util.regex.Pattern SECRET_VALUE =
      java.util.regex.Pattern.compile(
          "//[^/@\\s:]*:[^/@\\s]*@|\\b\\d{5,12}:[A-Za-z0-9_-]{30,}|(?i)\\bbearer\\s+\\S{8,}|\\bsk-[A-Za-z0-9_-]{16,}");

  private static void merge(Map<String, String> values, Map<String, String> extra, String where) {
    for (var e : extra.entrySet()) {
      String key = e.getKey().strip();
      if (SECRET_KEY.matcher(key).find()) {
        throw new SettingsException(
            "'"
                + key
                + "' in "
                + where
                + ": secrets are read from the environment only ("
                + Secrets.TELEGRAM_TOKEN_VAR
                + ", "
                + Secrets.LLM_API_KEY_VAR
                + ", "
                + Secrets.SOLR_USER_VAR
                + ", "
                + Secrets.SOLR_PASSWORD_VAR
                + ")");
      }
      String value = e.getValue() == null ? "" : e.getValue();
      if (SECRET_VALUE.matcher(value).find()) {
        // Never echo the value: it is the secret.
        throw new SettingsException(
            "'"
                + key
                + "' in "
                + where
                + " holds credentials (a password in a URL, a bot token or an API key); "
                + "credentials are read from the environment only: set "
                + envName(key)
                + " there instead");
      }
      if (!values.containsKey(key)) {
        throw new SettingsException(
            "unknown setting '"
                + key
                + "' in "
                + where
                + "; known settings: "
                + new TreeSet<>(values.keySet()));
      }
      values.put(key, e.getValue() == null ? "" : e.getValue().strip());
    }
  }

  /** Typed access to raw values; every failure names the key. */
  private record Values(Map<String, String> raw) {
    String text(String key) {
      return raw.getOrDefault(key, "");
    }

    Path path(String key) {
      String s = text(key);
      if (s.isEmpty()) {
        throw new SettingsException(key + " is empty; set it to a path (" + envName(key) + ")");
      }
      return Path.of(s);
    }

    int integer(String key, int min, int max) {
      try {
        int n = Integer.parseInt(text(key));
        if (n < min || n > max) {
          throw new SettingsException(
              key + " = " + n + " is out of range; use " + min + " to " + max);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new SettingsException(
            key + " = '" + text(key) + "' is not a whole number (" + envName(key) + ")");
      }
    }

    /** A comma- or space-separated list, without blanks. */
    List<String> list(String key) {
      List<String> out = new ArrayList<>();
      for (String part : text(key).split("[,\\s]+")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
      return out;
    }

    Set<Long> ids(String key) {
      Set<Long> out = new HashSet<>();
      for (String part : text(key).split("[,\\s]+")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          out.add(Long.parseLong(part.strip()));
        } catch (NumberFormatException e) {
          throw new SettingsException(
              key + ": '" + part + "' is not a numeric Telegram id (" + envName(key) + ")");
        }
      }
      return out;
    }

    boolean flag(String key) {
      String s = text(key).strip().toLowerCase(Locale.ROOT);
      if (!s.equals("true") && !s.equals("false")) {
        throw new SettingsException(
            key + " = '" + text(key) + "' is not true or false (" + envName(key) + ")");
      }
      return s.equals("true");
    }

    double decimal(String key) {
      try {
        double d = Double.parseDouble(text(key));
        if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
          throw new SettingsException(key + " = " + text(key) + " must be zero or more");
        }
        return d;
      } catch (NumberFormatException e) {
        throw new SettingsException(
            key + " = '" + text(key) + "' is not a number (" + envName(key) + ")");
      }
    }

    <T> T parse(String key, java.util.function.Function<String, T> parser) {
      try {
        return parser.apply(text(key));
      } catch (IllegalArgumentException e) {
        throw new SettingsException(key + ": " + e.getMessage(), e);
      }
    }
  }
}
