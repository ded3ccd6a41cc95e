package org.corpusbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.corpusbot.answer.llm.LlmProvider;
import org.corpusbot.answer.llm.LlmSettings;
import org.corpusbot.answer.llm.ModelCall;
import org.corpusbot.answer.llm.sim.ScriptedLlmServer;
import org.corpusbot.corpus.Article;
import org.corpusbot.meetings.ContactEvent;
import org.corpusbot.meetings.LlmContactExtractor;
import org.corpusbot.meetings.MeetingExtractor;
import org.corpusbot.meetings.Participant;

/**
 * {@code bench-contacts --llm}: the language model's path (prompt, LangChain4j's OpenAI client over
 * loopback HTTP, strict reading, checks against the article) against a scripted server that replies
 * with the rules' own contacts of each article, written as the model is asked to write them. The
 * scores then measure what the plumbing loses of a perfect reply, and the times its cost; they say
 * nothing of a real model's quality. Single-threaded: the reply is set before each article.
 */
public final class ContactPlumbing implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ScriptedLlmServer server;
  private final MeetingExtractor rules = new MeetingExtractor();
  private final LlmContactExtractor llm;
  private final AtomicReference<String> reply = new AtomicReference<>("{\"events\":[]}");
  private final List<Double> rulesMillis = new ArrayList<>();
  private final List<Double> llmMillis = new ArrayList<>();
  private final List<Double> overheadMillis = new ArrayList<>();
  private final List<Double> promptTokens = new ArrayList<>();

  public ContactPlumbing() throws IOException {
    server = new ScriptedLlmServer();
    server.script(r -> ScriptedLlmServer.Reply.text(reply.get()));
    LlmSettings s =
        new LlmSettings(
            LlmProvider.OPENAI,
            server.openAiUrl(),
            "scripted",
            Duration.ofSeconds(30),
            400,
            0,
            2000);
    llm =
        new LlmContactExtractor(
            new MeetingExtractor(),
            ModelCall.create(s, null, LlmContactExtractor.REPLY_TOKENS),
            () -> false);
  }

  /** The contacts of {@code a} by the model's path, the scripted model echoing the rules. */
  public List<ContactEvent> extract(Article a) {
    long t0 = System.nanoTime();
    List<ContactEvent> byRules = rules.extract(a);
    long t1 = System.nanoTime();
    reply.set(echo(byRules));
    long asked = llm.tally().asked();
    List<ContactEvent> out = llm.extract(a);
    long t2 = System.nanoTime();
    if (llm.tally().asked() > asked) {
      rulesMillis.add((t1 - t0) / 1e6);
      llmMillis.add((t2 - t1) / 1e6);
      overheadMillis.add(((t2 - t1) - (t1 - t0)) / 1e6);
      List<ScriptedLlmServer.Request> seen = server.requests();
      promptTokens.add(seen.get(seen.size() - 1).prompt().length() / 4.0);
    }
    return out;
  }

  /** The rules' contacts as the model is asked to write them. */
  static String echo(List<ContactEvent> events) {
    ObjectNode o = JSON.createObjectNode();
    ArrayNode list = o.putArray("events");
    for (ContactEvent e : events) {
      ObjectNode n = list.addObject();
      n.put("kind", e.kind().name());
      ArrayNode ps = n.putArray("participants");
      for (Participant p : e.participants()) {
        ps.addObject().put("name", p.name()).put("kind", p.kind().name()).put("title", p.title());
      }
      n.put("firstSide", e.firstSide());
      n.put("place", e.place());
      n.put("dateFrom", e.dateFrom() == null ? null : e.dateFrom().toString());
      n.put("dateTo", e.dateTo() == null ? null : e.dateTo().toString());
      n.put("evidence", e.evidence());
    }
    return o.toString();
  }

  /** What the model's path did and cost, per article sent to the scripted model. */
  public String report() {
    LlmContactExtractor.Tally t = llm.tally();
    return String.format(
        Locale.ROOT,
        "model path  %d articles sent (%d answered, %d given the rules' contacts), %d contacts"
            + " kept, %d dropped by the checks%n"
            + "per article sent, medians: rules %.2f ms, model path %.2f ms (rules included),"
            + " overhead %.2f ms (p95 %.2f); prompt %.0f tokens (max %.0f)%n"
            + "plumbing only: a scripted server echoing the rules, not a model",
        t.asked(),
        t.answered(),
        t.fellBack(),
        t.kept(),
        t.dropped(),
        Percentiles.of(rulesMillis, 50),
        Percentiles.of(llmMillis, 50),
        Percentiles.of(overheadMillis, 50),
        Percentiles.of(overheadMillis, 95),
        Percentiles.of(promptTokens, 50),
        promptTokens.stream().mapToDouble(d -> d).max().orElse(0));
  }

  @Override
  public void close() {
    server.close();
  }
}
