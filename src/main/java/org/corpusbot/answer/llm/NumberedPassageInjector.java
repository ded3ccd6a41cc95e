package org.corpusbot.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.injector.ContentInjector;
import java.util.List;
import org.corpusbot.retrieval.IndexContentRetriever;

/**
 * Puts the retrieved passages into the user's message, numbered [1], [2], … with their article's
 * title and date, fenced off as data: the model is told that nothing inside the fence is an
 * instruction, and a passage cannot close the fence early (its text is stripped of the fence tag).
 */
public final class NumberedPassageInjector implements ContentInjector {
  static final String OPEN = "<sources>";
  static final String CLOSE = "</sources>";

  @Override
  public ChatMessage inject(List<Content> contents, ChatMessage chatMessage) {
    String question = chatMessage instanceof UserMessage u ? u.singleText() : "";
    return UserMessage.from(format(contents, question));
  }

  static String format(List<Content> contents, String request) {
    StringBuilder sb = new StringBuilder(OPEN).append('\n');
    int n = 0;
    for (Content c : contents) {
      TextSegment s = c.textSegment();
      sb.append('[').append(++n).append("] ");
      String title = s.metadata().getString(IndexContentRetriever.TITLE);
      String date = s.metadata().getString(IndexContentRetriever.DATE);
      if (title != null) {
        sb.append(fenceSafe(title));
      }
      if (date != null) {
        sb.append(" (").append(date).append(')');
      }
      sb.append('\n').append(fenceSafe(s.text())).append("\n\n");
    }
    sb.append(CLOSE).append("\n\n").append(fenceSafe(request));
    return sb.toString();
  }

  /** Text that cannot open or close the data fence. */
  static String fenceSafe(String s) {
    return s.replace(OPEN, "").replace(CLOSE, "");
  }

  /** A rough token count (about four characters a token for English), for the context budget. */
  public static int tokens(String s) {
    return (s.length() + 3) / 4;
  }
}
