package org.corpusbot.meetings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import org.corpusbot.answer.llm.LlmFailure;
import org.corpusbot.answer.llm.ModelCall;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.corpus.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Contacts found by the language model, the rules being the fallback: the rules read every article
 * first; an article with a sentence that may report a contact ({@link ContactPrompt}) is then shown
 * to the model, and the model's contacts, checked against the article ({@link ModelContacts}),
 * replace the rules' for the sentences it was shown (the rules' stay for the others). When the
 * model fails (down, slower than {@code llm.timeout-seconds}, an HTTP error, a reply that is not
 * the JSON asked for or is too long), the article keeps the rules' contacts and the log says why,
 * once. After {@value ModelBreaker#FAILURES} failures in a row the model is left alone for {@link
 * #PAUSE}, so an indexing run with the model down is not {@code timeout} × its articles long.
 * Thread-safe.
 */
public final class LlmContactExtractor {
  private static final Logger log = LoggerFactory.getLogger(LlmContactExtractor.class);

  /** Bump when the prompt or the checks change: the model's contacts are then found again. */
  static final String VERSION = "1";

  /** Replies longer than this many tokens are refused as overlong (40 events fit in it). */
  public static final int REPLY_TOKENS = 2_000;

  static final Duration PAUSE = Duration.ofSeconds(60);

  private final MeetingExtractor rules;
  private final ModelCall model;
  private final BooleanSupplier stop;
  private final ModelBreaker breaker;
  private final ContactPrompt prompt = new ContactPrompt();
  private final ModelContacts checks = new ModelContacts();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final LongAdder asked = new LongAdder();
  private final LongAdder answered = new LongAdder();
  private final LongAdder fellBack = new LongAdder();
  private final LongAdder skipped = new LongAdder();
  private final LongAdder kept = new LongAdder();
  private final LongAdder dropped = new LongAdder();

  /**
   * @param stop true once the indexing run is asked to stop: the model is then not asked any more,
   *     so a stop waits for no model call but the one going
   */
  public LlmContactExtractor(MeetingExtractor rules, ModelCall model, BooleanSupplier stop) {
    this(rules, model, stop, new ModelBreaker(PAUSE, System::nanoTime));
  }

  LlmContactExtractor(
      MeetingExtractor rules, ModelCall model, BooleanSupplier stop, ModelBreaker breaker) {
    this.rules = rules;
    this.model = model;
    this.stop = stop;
    this.breaker = breaker;
  }

  /** What the model did so far: articles asked, answered, given the rules' contacts instead, … */
  public record Tally(
      long asked, long answered, long fellBack, long skipped, long kept, long dropped) {}

  public Tally tally() {
    return new Tally(
        asked.sum(), answered.sum(), fellBack.sum(), skipped.sum(), kept.sum(), dropped.sum());
  }

  /** Names the prompt, the checks and the model, so that a change of any finds contacts again. */
  public String version() {
    return "llm" + VERSION + ":" + model.model();
  }

  /** The contacts of {@code article}; the rules' alone when the model is not asked or fails. */
  public List<ContactEvent> extract(Article article) {
    List<ContactEvent> byRules = rules.extract(article);
    List<Span> sentences = splitter.split(article.text());
    ContactPrompt.Built request = prompt.build(article, sentences, byRules);
    if (request == null) {
      return byRules;
    }
    if (stop.getAsBoolean() || !breaker.allows()) {
      skipped.increment();
      return byRules;
    }
    asked.increment();
    try {
      String reply = model.ask(ContactPrompt.RULES, request.request());
      ModelContacts.Checked checked = checks.read(reply, article, sentences);
      breaker.succeeded();
      answered.increment();
      kept.add(checked.events().size());
      dropped.add(checked.dropped());
      return merged(checked.events(), byRules, request.shown());
    } catch (LlmFailure e) {
      fellBack.increment();
      log.warn(
          "Contacts of article {} come from the rules: the language model failed ({})",
          article.id(),
          e.getMessage());
      if (breaker.failed()) {
        log.warn(
            "The language model failed {} times in a row; contacts come from the rules alone for"
                + " the next {} s",
            ModelBreaker.FAILURES,
            PAUSE.toSeconds());
      }
      return byRules;
    }
  }

  /** The model's contacts, and the rules' from sentences the model was not shown. */
  private static List<ContactEvent> merged(
      List<ContactEvent> byModel, List<ContactEvent> byRules, Set<Span> shown) {
    List<ContactEvent> out = new ArrayList<>(byModel);
    for (ContactEvent e : byRules) {
      if (!shown.contains(new Span(e.start(), e.end()))) {
        out.add(e);
      }
    }
    return out;
  }
}
