package org.corpusbot.retrieval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpusbot.corpus.TextCleaner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns text into unit-length vectors with an in-process model (ONNX, no network).
 *
 * <p>{@link #choice()} is the configured model, loaded at once, what new vectors are made with.
 * Vectors are only comparable with vectors of the same model, so whoever compares a question with
 * an index built by another model (served until a rebuild with the configured one is complete)
 * names that model; it is loaded on first use.
 *
 * <p>NOTE: embedding is the most expensive step of indexing (about 5 ms a passage on two cores), so
 * an indexing run's passages are embedded several at once on the batch pool ({@code embedder-N}),
 * questions on theirs ({@code query-embedder-N}) and the sentences an answer weighs on theirs
 * ({@code answer-embedder-N}), each text on one thread of the one-thread session ({@link
 * ContextualEncoder}: ONNX Runtime's own pool spin-waits). Thread-safe; no method may be called
 * from an {@code answer-embedder-N} thread (it would wait for its own pool).
 */
public final class Embedder implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Embedder.class);
  private static final long CLOSE_WAIT_S = 10;

  private final EmbeddingModelChoice choice;
  private final Map<EmbeddingModelChoice, EmbeddingModel> models =
      new EnumMap<>(EmbeddingModelChoice.class);
  private final ExecutorService pool;
  private final ExecutorService queries;
  private final ExecutorService weighing; // the sentences answers and summaries weigh
  private final int threads;
  private final EmbeddingModel configured;
  private final ContextualEncoder contextual;
  private final Foreground foreground = new Foreground(250, TimeUnit.MILLISECONDS);

  public Embedder(EmbeddingModelChoice choice) {
    this.choice = choice;
    this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.pool = named("embedder-");
    // NOTE: questions have threads of their own: behind an indexing run's passages, or the 40
    // sentences another answer weighs, a question waited 60 ms instead of 2.5 (EmbedderTest).
    this.queries = named("query-embedder-");
    this.weighing = named("answer-embedder-");
    // NOTE: loaded now, not on first use: ONNX Runtime closes its environment in a shutdown hook,
    // so a session first created by an indexer stopping on SIGTERM would fail instead of letting
    // the run commit its batch. Costs a second session (about 80 MB resident) in every process.
    boolean success = false;
    try {
      this.configured = model(choice);
      this.contextual = ContextualEncoder.load(choice);
      success = true;
    } finally {
      if (!success) {
        pool.shutdownNow();
        queries.shutdownNow();
        weighing.shutdownNow();
      }
    }
  }

  /** {@code threads} daemon threads named {@code prefix} and a number. */
  private ExecutorService named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, prefix + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * NOTE: the configured model is read without the lock: every answer embeds its question, and
   * under load the answer threads would queue on this monitor.
   */
  private EmbeddingModel model(EmbeddingModelChoice c) {
    return c == choice && configured != null ? configured : otherModel(c);
  }

  private synchronized EmbeddingModel otherModel(EmbeddingModelChoice c) {
    return models.computeIfAbsent(
        c,
        k ->
            switch (k) {
              case MINILM -> new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
              case BGE_SMALL -> new BgeSmallEnV15QuantizedEmbeddingModel(pool);
            });
  }

  public EmbeddingModelChoice choice() {
    return choice;
  }

  public int dimension() {
    return model().dimension();
  }

  /** The vector of a search query by the configured model. */
  public float[] embedQuery(String query) {
    return embedQuery(choice, query);
  }

  /**
   * The vector of a search query by {@code m}; blank text is embedded as "?" (the model refuses
   * blank text).
   */
  public float[] embedQuery(EmbeddingModelChoice m, String query) {
    String text = TextCleaner.cleanLine(query);
    if (text.isEmpty()) {
      text = "?";
    }
    String asked = m.queryPrefix() + text;
    return own(m, asked).orElseGet(() -> normalize(model(m).embed(asked).content().vector()));
  }

  /**
   * The vector of {@code text} from this process's own session of the configured model (one thread
   * a run, see {@link ContextualEncoder}), the one LangChain4j gives; empty for another model or a
   * text longer than one pass of the model, which LangChain4j splits into windows.
   */
  private Optional<float[]> own(EmbeddingModelChoice m, String text) {
    return m == choice
        ? contextual.encode(text, List.of()).map(e -> e.passage())
        : Optional.empty();
  }

  /**
   * {@link #embedQuery(EmbeddingModelChoice, String)} on a thread of its own, so that a search can
   * run its word lists meanwhile (the model's run is about 3 ms of a 20 ms answer, in native code).
   */
  public CompletableFuture<float[]> embedQueryAsync(EmbeddingModelChoice m, String query) {
    return CompletableFuture.supplyAsync(() -> embedQuery(m, query), queries);
  }

  /** Vectors of passages by the configured model, in order. */
  public List<float[]> embedPassages(List<String> texts) {
    return embedPassages(choice, texts);
  }

  /**
   * Vectors of passages by {@code m}, in order. Blank entries are embedded as a full stop. They are
   * embedded several at once on threads of their own (these are the few sentences an answer or a
   * summary weighs; an indexing run's passages go through {@link #embedWithSentences}).
   */
  public List<float[]> embedPassages(EmbeddingModelChoice m, List<String> texts) {
    List<CompletableFuture<float[]>> running = new ArrayList<>(texts.size());
    for (String t : texts) {
      String clean = TextCleaner.cleanLine(t);
      String text = clean.isEmpty() ? "." : clean;
      running.add(CompletableFuture.supplyAsync(() -> passage(m, text), weighing));
    }
    List<float[]> out = new ArrayList<>(running.size());
    running.forEach(f -> out.add(Futures.join(f)));
    return out;
  }

  private float[] passage(EmbeddingModelChoice m, String text) {
    return own(m, text)
        .orElseGet(() -> normalize(model(m).embed(TextSegment.from(text)).content().vector()));
  }

  /**
   * A passage to embed with its sentences: {@code text} is what the model reads, its body (the
   * passage itself) starts at {@code bodyStart}, {@code sentences} are the body's sentences in
   * order.
   */
  public record SentenceInput(String text, int bodyStart, List<String> sentences) {}

  /** A passage's vector and its sentences' vectors (null: none made; an entry null: not found). */
  public record PassageVectors(float[] passage, List<float[]> sentences) {}

  /**
   * Vectors of passages and of their sentences by the configured model, in order, from one forward
   * pass per passage: a sentence's vector is read in the context of its passage. The passage vector
   * is the one {@link #embedPassages} gives. A passage too long for one pass of the model gets its
   * vector from LangChain4j and no sentence vectors.
   */
  public List<PassageVectors> embedWithSentences(List<SentenceInput> inputs) {
    ContextualEncoder encoder = contextual;
    List<PassageVectors> out = new ArrayList<>(inputs.size());
    // NOTE: in waves of one passage a thread, each after answers in flight (Foreground): an
    // answer's embeddings run on pools of their own, and share the cores with at most one wave.
    for (int from = 0; from < inputs.size(); from += threads) {
      foreground.yieldToForeground();
      List<CompletableFuture<PassageVectors>> wave = new ArrayList<>(threads);
      for (SentenceInput in : inputs.subList(from, Math.min(inputs.size(), from + threads))) {
        wave.add(CompletableFuture.supplyAsync(() -> encodeOne(encoder, in), pool));
      }
      wave.forEach(f -> out.add(f.join()));
    }
    return out;
  }

  /**
   * Answers mark themselves here; passages being indexed wait for them (see {@link Foreground}).
   */
  public Foreground foreground() {
    return foreground;
  }

  private PassageVectors encodeOne(ContextualEncoder encoder, SentenceInput in) {
    String text = TextCleaner.cleanLine(in.text());
    int cursor = TextCleaner.cleanLine(in.text().substring(0, in.bodyStart())).length();
    List<int[]> ranges = new ArrayList<>(in.sentences().size());
    for (String sentence : in.sentences()) {
      String s = TextCleaner.cleanLine(sentence);
      int at = s.isEmpty() ? -1 : text.indexOf(s, cursor);
      ranges.add(at < 0 ? new int[] {0, 0} : new int[] {at, at + s.length()});
      cursor = at < 0 ? cursor : at + s.length();
    }
    return encoder
        .encode(text.isEmpty() ? "." : text, ranges)
        .map(e -> new PassageVectors(e.passage(), e.ranges()))
        .orElseGet(() -> new PassageVectors(embedPassages(List.of(text)).get(0), null));
  }

  /** The cosine of two of this embedder's vectors: their dot product, as both are unit length. */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  static float[] normalize(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    if (sum == 0) {
      return v;
    }
    float inv = (float) (1.0 / Math.sqrt(sum));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * inv;
    }
    return out;
  }

  /** The configured LangChain4j model, for components that speak its API. */
  public EmbeddingModel model() {
    return model(choice);
  }

  @Override
  public void close() {
    pool.shutdownNow();
    // NOTE: not shutdownNow: a question's task dropped from the queue would never complete its
    // future, and the search waiting on it would wait for ever; queued ones take milliseconds.
    queries.shutdown();
    weighing.shutdown();
    // NOTE: the session is freed only once no thread runs it or waits to: ONNX Runtime frees it at
    // once, and a run in progress would read freed memory (queued questions would fail).
    if (ended(pool) && ended(queries) && ended(weighing)) {
      contextual.close();
    } else {
      log.warn("Embedding threads still running after {} s: the model is left open", CLOSE_WAIT_S);
    }
  }

  private static boolean ended(ExecutorService threads) {
    try {
      return threads.awaitTermination(CLOSE_WAIT_S, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
