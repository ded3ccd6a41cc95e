package org.corpusbot.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corpusbot.retrieval.SyncResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What an arrival in the inbox became, from the run that indexed it. */
final class Arrivals {
  private static final Logger log = LoggerFactory.getLogger(LiveCorpus.class);

  private Arrivals() {}

  /**
   * The articles of inbox file {@code name} in {@code r}, each with its outcome; a file that gave
   * none has a problem saying why.
   *
   * @throws IllegalStateException when the run stopped before indexing them (shutting down)
   */
  static Ingested ingested(SyncResult r, String name, String via) {
    List<Ingested.Item> items = new ArrayList<>();
    r.changes().values().stream()
        .filter(c -> name.equals(c.file()))
        .sorted(Comparator.comparing(SyncResult.Change::id))
        .forEach(c -> items.add(item(c, name)));
    List<String> problems = new ArrayList<>();
    String unread = r.unread().get(name);
    if (unread != null) {
      problems.add(name + ": " + unread);
    } else if (items.isEmpty()) {
      problems.add(
          name
              + ": no article could be read from it (an unsupported type, or no text; the log"
              + " says which)");
    }
    Ingested out = new Ingested(items, problems);
    log.info(
        "{} from {}: {}",
        name,
        via,
        items.isEmpty() ? String.join("; ", problems) : outcomes(items));
    return out;
  }

  private static Ingested.Item item(SyncResult.Change c, String name) {
    Ingested.Outcome outcome =
        switch (c.kind()) {
          case NEW -> Ingested.Outcome.ADDED;
          case CHANGED -> Ingested.Outcome.UPDATED;
          case UNCHANGED -> Ingested.Outcome.UNCHANGED;
          case DUPLICATE -> Ingested.Outcome.DUPLICATE;
          case NOT_DONE ->
              throw new IllegalStateException(
                  "indexing stopped before "
                      + name
                      + " was indexed (shutting down); it is in the inbox and is indexed at the"
                      + " next start");
        };
    return new Ingested.Item(c.id(), c.title(), c.date(), outcome, c.sameAs());
  }

  private static String outcomes(List<Ingested.Item> items) {
    StringBuilder sb = new StringBuilder();
    for (Ingested.Item i : items.subList(0, Math.min(3, items.size()))) {
      sb.append(sb.length() == 0 ? "" : ", ").append(i.id()).append(' ').append(i.outcome());
    }
    return items.size() > 3 ? sb + " and " + (items.size() - 3) + " more" : sb.toString();
  }
}
