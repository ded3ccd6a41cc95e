package org.corpusbot.retrieval;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One forward pass of the embedding model over a passage, giving its vector and the vectors of
 * chosen character ranges of it (its sentences, read in the context of the whole passage).
 *
 * <p>The passage vector is what LangChain4j's in-process model computes for the same text (mean of
 * all token outputs, [CLS] and [SEP] included, for MiniLM; the [CLS] output for bge), so vectors
 * made here and there are comparable. A range's vector is the mean of the outputs of the tokens
 * inside it. It reads the model and tokenizer LangChain4j ships in its jars (no download).
 *
 * <p>NOTE: a second ONNX session of the model (about 25 MB of weights, more in native buffers).
 * Texts over {@value #MAX_TOKENS} tokens are refused ({@link Optional#empty()}): LangChain4j splits
 * those into windows, which this does not copy. Thread-safe (an ONNX session and a Hugging Face
 * tokenizer both are).
 */
final class ContextualEncoder implements AutoCloseable {
  static final int MAX_TOKENS = 512;

  /** A passage's vector and one vector per requested range (null where a range holds no token). */
  record Encoded(float[] passage, List<float[]> ranges) {}

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean clsPooling;

  private ContextualEncoder(OrtSession session, HuggingFaceTokenizer tokenizer, boolean cls) {
    this.env = OrtEnvironment.getEnvironment();
    this.session = session;
    this.tokenizer = tokenizer;
    this.clsPooling = cls;
  }

  /** Loads {@code model}'s ONNX file and tokenizer from its LangChain4j jar. */
  static ContextualEncoder load(EmbeddingModelChoice model) {
    String base =
        switch (model) {
          case MINILM -> "/all-minilm-l6-v2-q";
          case BGE_SMALL -> "/bge-small-en-v1.5-q";
        };
    OrtSession session = null;
    boolean success = false;
    try (InputStream onnx = resource(base + ".onnx");
        InputStream tok = resource(base + "-tokenizer.json");
        OrtSession.SessionOptions options = oneThread()) {
      session = OrtEnvironment.getEnvironment().createSession(onnx.readAllBytes(), options);
      HuggingFaceTokenizer tokenizer =
          HuggingFaceTokenizer.newInstance(tok, Map.of("padding", "false"));
      ContextualEncoder e =
          new ContextualEncoder(session, tokenizer, model == EmbeddingModelChoice.BGE_SMALL);
      success = true;
      return e;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + model.configName() + " model", e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the " + model.configName() + " model", e);
    } finally {
      if (!success && session != null) {
        closeQuietly(session);
      }
    }
  }

  /**
   * One thread per run, never spinning. NOTE: ONNX Runtime's default runs a text on a pool of one
   * thread per core that spin-waits after each run; measured here on a question (20 tokens), that
   * costs 4.8–6.4 ms of CPU per embedding for 1.8 ms of work and takes the cores the searches and
   * other answers need, and a run on one thread also returns sooner (1.9 ms against 3.0–3.8).
   * Parallelism comes from running several texts at once (the embedding pools), not from one text.
   */
  private static OrtSession.SessionOptions oneThread() throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.addConfigEntry("session.intra_op.allow_spinning", "0");
    return options;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = ContextualEncoder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource " + name + " is not on the class path");
    }
    return in;
  }

  /**
   * Encodes {@code text}; {@code ranges} are [start, end) character offsets into it. Empty when the
   * text has more than {@value #MAX_TOKENS} tokens.
   */
  Optional<Encoded> encode(String text, List<int[]> ranges) {
    Encoding enc = tokenizer.encode(text, true, false);
    long[] ids = enc.getIds();
    if (ids.length > MAX_TOKENS) {
      return Optional.empty();
    }
    float[][] out = run(ids, enc.getAttentionMask(), enc.getTypeIds());
    float[] passage = clsPooling ? out[0].clone() : average(out);
    CharSpan[] spans = enc.getCharTokenSpans();
    long[] special = enc.getSpecialTokenMask();
    List<float[]> vectors = new ArrayList<>(ranges.size());
    for (int[] r : ranges) {
      vectors.add(mean(out, r[0], r[1], spans, special));
    }
    return Optional.of(new Encoded(Embedder.normalize(passage), vectors));
  }

  private float[][] run(long[] ids, long[] mask, long[] types) {
    long[] shape = {1, ids.length};
    try (OnnxTensor idsT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
        OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
        OnnxTensor typesT = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape)) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", idsT);
      inputs.put("attention_mask", maskT);
      if (session.getInputNames().contains("token_type_ids")) {
        inputs.put("token_type_ids", typesT);
      }
      try (OrtSession.Result result = session.run(inputs)) {
        return ((float[][][]) result.get(0).getValue())[0];
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed: " + e.getMessage(), e);
    }
  }

  /** Mean of the outputs of the non-special tokens lying within [start, end), unit length. */
  private static float[] mean(float[][] out, int start, int end, CharSpan[] spans, long[] special) {
    float[] sum = null;
    int n = 0;
    for (int t = 0; t < out.length; t++) {
      CharSpan s = spans[t];
      if (special[t] != 0 || s == null || s.getStart() < start || s.getEnd() > end) {
        continue;
      }
      sum = add(sum, out[t]);
      n++;
    }
    return n == 0 ? null : Embedder.normalize(sum);
  }

  /** Mean of all token outputs, as LangChain4j pools a text that fits one window. */
  private static float[] average(float[][] out) {
    float[] sum = null;
    for (float[] v : out) {
      sum = add(sum, v);
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= out.length;
    }
    return sum;
  }

  private static float[] add(float[] sum, float[] v) {
    float[] s = sum == null ? new float[v.length] : sum;
    for (int i = 0; i < v.length; i++) {
      s[i] += v[i];
    }
    return s;
  }

  private static void closeQuietly(OrtSession s) {
    try {
      s.close();
    } catch (OrtException ignored) {
      // already failing; the first exception is the one reported
    }
  }

  @Override
  public void close() {
    try {
      tokenizer.close();
    } finally {
      closeQuietly(session);
    }
  }
}
