package org.corpusbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.corpusbot.ingest.Ingested;
import org.corpusbot.ingest.Ingested.Outcome;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * What an admin is told once an arrival is indexed: "Added: <title> (2021-10-31). Ask me about it."
 * for one article, a count and the first titles for many, what was already there, and what could
 * not be read; with a Summarize button per added article (the first few).
 */
final class AddedView {
  static final int SHOWN = 3;

  private final CallbackData callbacks;

  AddedView(CallbackData callbacks) {
    this.callbacks = callbacks;
  }

  /** The reply's HTML; {@code what} names the arrival ("news.jsonl", a URL). */
  String html(Ingested done, String what) {
    List<Ingested.Item> fresh = fresh(done);
    StringBuilder sb = new StringBuilder();
    if (fresh.size() == 1) {
      Ingested.Item i = fresh.get(0);
      sb.append(i.outcome() == Outcome.UPDATED ? "Updated: " : "Added: ")
          .append(titled(i))
          .append(". Ask me about it.");
    } else if (!fresh.isEmpty()) {
      sb.append("Added ")
          .append(fresh.size())
          .append(" articles from ")
          .append(Html.escape(what))
          .append(", among them ");
      List<String> titles = new ArrayList<>();
      fresh.stream().limit(SHOWN).forEach(i -> titles.add(titled(i)));
      sb.append(String.join("; ", titles)).append(". Ask me about them.");
    }
    appendAlready(sb, done, fresh.isEmpty(), what);
    appendProblems(sb, done, fresh.isEmpty() && already(done).isEmpty(), what);
    return sb.toString().strip();
  }

  /** A Summarize button for each of the first added articles; null when none was added. */
  InlineKeyboardMarkup keyboard(Ingested done) {
    List<Ingested.Item> fresh = fresh(done);
    if (fresh.isEmpty()) {
      return null;
    }
    InlineKeyboardRow row = new InlineKeyboardRow();
    int n = 0;
    for (Ingested.Item i : fresh.subList(0, Math.min(SHOWN, fresh.size()))) {
      String label = fresh.size() == 1 ? "Summarize" : "Summarize " + ++n;
      row.add(
          InlineKeyboardButton.builder()
              .text(label)
              .callbackData(callbacks.encode(new CallbackData.Summarize(i.id())))
              .build());
    }
    return InlineKeyboardMarkup.builder().keyboardRow(row).build();
  }

  /** Articles now answerable that were not before (new or a newer version). */
  static List<Ingested.Item> fresh(Ingested done) {
    return items(done, i -> i.outcome() == Outcome.ADDED || i.outcome() == Outcome.UPDATED);
  }

  private static List<Ingested.Item> already(Ingested done) {
    return items(done, i -> i.outcome() == Outcome.UNCHANGED || i.outcome() == Outcome.DUPLICATE);
  }

  private static List<Ingested.Item> items(Ingested done, Predicate<Ingested.Item> which) {
    return done.items().stream().filter(which).toList();
  }

  private static void appendAlready(StringBuilder sb, Ingested done, boolean alone, String what) {
    List<Ingested.Item> already = already(done);
    if (already.isEmpty()) {
      return;
    }
    if (!sb.isEmpty()) {
      sb.append("\n");
    }
    if (alone && already.size() == 1) {
      Ingested.Item i = already.get(0);
      sb.append("Already here: ").append(titled(i));
      sb.append(
          i.outcome() == Outcome.DUPLICATE
              ? " is the same story as an indexed article ("
                  + Html.escape(i.sameAs())
                  + "), so I keep one copy."
              : ", unchanged.");
      return;
    }
    sb.append(already.size())
        .append(already.size() == 1 ? " article" : " articles")
        .append(alone ? " of " + Html.escape(what) : "")
        .append(" were already here (unchanged or the same story as an indexed one).");
  }

  private static void appendProblems(StringBuilder sb, Ingested done, boolean alone, String what) {
    if (done.problems().isEmpty()) {
      if (sb.isEmpty()) {
        sb.append("I found no article in ").append(Html.escape(what)).append(".");
      }
      return;
    }
    if (!sb.isEmpty()) {
      sb.append("\n");
    }
    sb.append(alone ? "Nothing added from " + Html.escape(what) + ": " : "Skipped: ");
    List<String> shown = done.problems().subList(0, Math.min(SHOWN, done.problems().size()));
    sb.append(Html.escape(String.join("; ", shown)));
    int more = done.problems().size() - shown.size();
    sb.append(more > 0 ? "; and " + more + " more (see the log)." : ".");
  }

  private static String titled(Ingested.Item i) {
    return "<b>"
        + Html.escape(i.title() == null ? i.id() : i.title())
        + "</b>"
        + (i.date() == null ? "" : " (" + i.date() + ")");
  }
}
