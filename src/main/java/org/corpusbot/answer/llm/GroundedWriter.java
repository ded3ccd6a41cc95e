package org.corpusbot.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.rag.content.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.corpusbot.retrieval.IndexContentRetriever;

/**
 * Has the model write from numbered sources and checks what it wrote ({@link CitationCheck}) before
 * anyone sees it; while streaming, only checked complete sentences are passed on. Text that holds a
 * secret (the bot token, the API key) is never returned, however it got there. Thread-safe.
 */
public final class GroundedWriter {
  /** A source: its label (an article's title and date) and its text. */
  public record Source(String title, String date, String text) {}

  /** What the model wrote, checked, and where the time went. */
  public record Written(
      CitationCheck.Checked checked, int promptTokens, long modelNanos, long ownNanos) {}

  private final LlmClient client;
  private final LlmSettings settings;
  private final LlmStats stats;
  private final Set<String> secrets;
  private final CitationCheck check = new CitationCheck();
  private final NumberedPassageInjector injector = new NumberedPassageInjector();

  public GroundedWriter(
      LlmClient client, LlmSettings settings, LlmStats stats, Set<String> secrets) {
    this.client = client;
    this.settings = settings;
    this.stats = stats;
    this.secrets = Set.copyOf(secrets);
  }

  public LlmSettings settings() {
    return settings;
  }

  public LlmStats stats() {
    return stats;
  }

  public ChatModel chatModel() {
    return client.chatModel();
  }

  /** The first of {@code sources} that fit the context budget; at least one. */
  private List<Content> fitting(List<Content> sources) {
    int used = 0;
    int n = 0;
    for (Content c : sources) {
      String title = c.textSegment().metadata().getString(IndexContentRetriever.TITLE);
      used +=
          NumberedPassageInjector.tokens((title == null ? "" : title) + c.textSegment().text()) + 8;
      if (n > 0 && used > settings.contextTokens()) {
        break;
      }
      n++;
    }
    return sources.subList(0, n);
  }

  /**
   * Writes {@code request} from {@code sources} under {@code rules}; {@code progress} (nullable)
   * gets the checked text so far while it streams. Sources past the context budget are left out;
   * the checked text cites the others by their place in {@code sources}.
   *
   * @throws LlmFailure when the model gives no usable reply
   */
  public Written write(
      String rules, String request, List<Source> sources, Consumer<String> progress) {
    List<Content> contents = new ArrayList<>();
    for (Source s : sources) {
      dev.langchain4j.data.document.Metadata m = new dev.langchain4j.data.document.Metadata();
      if (s.title() != null) {
        m.put(IndexContentRetriever.TITLE, s.title());
      }
      if (s.date() != null) {
        m.put(IndexContentRetriever.DATE, s.date());
      }
      contents.add(Content.from(TextSegment.from(s.text(), m)));
    }
    return writeFrom(rules, request, contents, progress);
  }

  /** The same for retrieved passages, as LangChain4j's retriever gives them. */
  Written writeFrom(
      String rules, String request, List<Content> sources, Consumer<String> progress) {
    long t0 = System.nanoTime();
    List<Content> contents = fitting(sources);
    List<ChatMessage> messages =
        List.of(SystemMessage.from(rules), injector.inject(contents, UserMessage.from(request)));
    int promptTokens =
        NumberedPassageInjector.tokens(rules)
            + NumberedPassageInjector.tokens(((UserMessage) messages.get(1)).singleText());
    int k = contents.size();
    long[] inProgress = {0};
    Consumer<String> onPiece =
        progress == null
            ? null
            : raw -> {
              long p0 = System.nanoTime();
              String visible = check.visible(raw, k);
              if (!visible.isEmpty() && !holdsSecret(visible)) {
                progress.accept(visible);
              }
              inProgress[0] += System.nanoTime() - p0;
            };
    stats.calls.increment();
    stats.promptTokens.add(promptTokens);
    long m0 = System.nanoTime();
    String raw;
    try {
      raw = client.complete(messages, onPiece);
    } catch (LlmFailure e) {
      stats.failed(e.getMessage());
      throw e;
    }
    long model = System.nanoTime() - m0 - inProgress[0];
    CitationCheck.Checked checked = check.check(raw, k);
    if (!checked.notFound() && holdsSecret(checked.text())) {
      checked = new CitationCheck.Checked("", List.of(), checked.removedCitations(), 0, true);
    }
    stats.removedCitations.add(checked.removedCitations());
    stats.droppedSentences.add(checked.droppedSentences());
    (checked.notFound() ? stats.notFound : stats.answered).increment();
    long own = System.nanoTime() - t0 - model;
    stats.record(own, model, promptTokens);
    return new Written(checked, promptTokens, model, own);
  }

  private boolean holdsSecret(String text) {
    for (String s : secrets) {
      if (s != null && s.length() >= 8 && text.contains(s)) {
        return true;
      }
    }
    return false;
  }
}
