package org.corpusbot.follows;

import java.util.List;
import org.corpusbot.corpus.Span;
import org.corpusbot.meetings.ContactEvent;

/**
 * A new article that clears a follow's threshold: its score (comparable within one kind of follow),
 * the one or two sentences of the article that match what is followed, by their offsets in the
 * article's text ("why did I get this?"), and for a person or pair follow matched through a
 * contact, that contact (else null).
 */
public record Match(
    Follow follow, String articleId, double score, List<Span> evidence, ContactEvent contact) {
  public Match {
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a match shows at least one sentence");
    }
  }
}
