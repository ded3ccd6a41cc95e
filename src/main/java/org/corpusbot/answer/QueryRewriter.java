package org.corpusbot.answer;

/** Turns a follow-up question into one that stands on its own, for the search. */
public interface QueryRewriter {
  /**
   * The question of {@code q} made self-contained from {@code q.history()} ("When did he go there?"
   * after a question about Nuland in Moscow); the question itself when it needs nothing.
   */
  String standalone(Question q);
}
