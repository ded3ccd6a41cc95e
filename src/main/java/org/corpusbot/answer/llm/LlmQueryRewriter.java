package org.corpusbot.answer.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.CompressingQueryTransformer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.corpusbot.answer.QueryRewriter;
import org.corpusbot.answer.Question;
import org.corpusbot.answer.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites follow-ups with the language model (LangChain4j's {@link CompressingQueryTransformer}
 * over the chat's recent turns); when the model fails, the offline rewriter does it. Thread-safe.
 */
public final class LlmQueryRewriter implements QueryRewriter {
  private static final Logger log = LoggerFactory.getLogger(LlmQueryRewriter.class);

  private final CompressingQueryTransformer transformer;
  private final QueryRewriter offline;
  private final LlmStats stats;

  public LlmQueryRewriter(GroundedWriter writer, QueryRewriter offline) {
    this.transformer = new CompressingQueryTransformer(writer.chatModel());
    this.offline = offline;
    this.stats = writer.stats();
  }

  @Override
  public String standalone(Question q) {
    List<ChatMessage> memory = new ArrayList<>();
    for (Turn t : q.history()) {
      memory.add(UserMessage.from(t.question()));
      if (!t.answer().isBlank()) {
        memory.add(AiMessage.from(t.answer()));
      }
    }
    UserMessage now = UserMessage.from(q.text());
    try {
      Collection<Query> out =
          transformer.transform(Query.from(q.text(), Metadata.from(now, "chat", memory)));
      String text = out.isEmpty() ? "" : out.iterator().next().text();
      return text == null || text.isBlank() ? offline.standalone(q) : text.strip();
    } catch (RuntimeException e) {
      LlmFailure f = LlmClient.failure(e);
      stats.failure(f.getMessage());
      log.warn(
          "Language model failed rewriting a follow-up ({}); carrying names over", f.getMessage());
      return offline.standalone(q);
    }
  }
}
