package org.corpusbot.telegram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.corpusbot.corpus.Urls;
import org.corpusbot.follows.Alert;
import org.corpusbot.follows.Deliveries.Delivery;
import org.corpusbot.follows.Deliveries.Kind;
import org.corpusbot.follows.Follow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Alerts and digests as Telegram messages. An alert: what it is for, the article's title, date and
 * source, the sentence(s) that matched (why it came) cited [1], a source button that shows the
 * quote and a Summarize button. A digest: the chat's new articles grouped by follow, newest first,
 * each cited, with a source button each (the first {@value AnswerView#MAX_BUTTONS}).
 */
final class AlertView {
  private static final int BUTTON_TITLE = 40;
  // A digest is one message (unless the names of its follows alone fill one), so that a failure
  // sends one message again, not a series: at most PER_FOLLOW articles of each follow, shorter
  // quotes, and what does not fit is counted ("… and 7 more articles").
  static final int PER_FOLLOW = 5;
  static final int ONE_MESSAGE = MessageSplitter.LIMIT - 96;
  private static final int DIGEST_QUOTE = 240;
  private static final int MORE_LINE = 30; // "\n… and 12345 more articles"

  private final CallbackData callbacks;

  AlertView(CallbackData callbacks) {
    this.callbacks = callbacks;
  }

  record Rendered(String html, InlineKeyboardMarkup keyboard) {}

  Rendered render(Delivery d) {
    return d.digest()
        ? digest(d)
        : alert(d.alerts().get(0), d.follows().get(d.alerts().get(0).followId()));
  }

  private Rendered alert(Alert a, Follow f) {
    StringBuilder sb = new StringBuilder("🔔 New for ").append(FollowViews.name(f)).append("\n");
    sb.append(titled(a)).append("\n");
    sb.append(quote(a, 600)).append(" [1]");
    InlineKeyboardRow row = new InlineKeyboardRow();
    row.add(source(1, a));
    row.add(
        InlineKeyboardButton.builder()
            .text("Summarize")
            .callbackData(callbacks.encode(new CallbackData.Summarize(a.articleId())))
            .build());
    return new Rendered(sb.toString(), new InlineKeyboardMarkup(List.of(row)));
  }

  private Rendered digest(Delivery d) {
    // In the order /following lists the follows (ids grow with it), each newest first.
    Map<Long, List<Alert>> byFollow = new TreeMap<>();
    d.alerts().stream()
        .sorted(NEWEST)
        .forEach(a -> byFollow.computeIfAbsent(a.followId(), k -> new ArrayList<>()).add(a));
    StringBuilder sb =
        new StringBuilder(
                d.kind() == Kind.HELD
                    ? "<b>Held while your digest was on</b>: "
                    : "<b>Your daily digest</b>: ")
            .append(d.alerts().size())
            .append(d.alerts().size() == 1 ? " new article" : " new articles");
    // Room kept for the headings and "… and N more" lines of the follows not written yet.
    int later = 0;
    for (Long id : byFollow.keySet()) {
      later += heading(d, id).length() + MORE_LINE;
    }
    List<InlineKeyboardRow> rows = new ArrayList<>();
    int n = 0;
    for (Map.Entry<Long, List<Alert>> e : byFollow.entrySet()) {
      String heading = heading(d, e.getKey());
      later -= heading.length() + MORE_LINE;
      sb.append(heading);
      int shown = 0;
      for (Alert a : e.getValue()) {
        String item = "\n[" + (n + 1) + "] " + titled(a) + "\n" + quote(a, DIGEST_QUOTE);
        if (shown == PER_FOLLOW || sb.length() + item.length() + MORE_LINE + later > ONE_MESSAGE) {
          break;
        }
        shown++;
        n++;
        sb.append(item);
        if (rows.size() < AnswerView.MAX_BUTTONS) {
          rows.add(new InlineKeyboardRow(source(n, a)));
        }
      }
      int more = e.getValue().size() - shown;
      if (more > 0) {
        sb.append("\n… and ").append(more).append(more == 1 ? " more article" : " more articles");
      }
    }
    return new Rendered(sb.toString(), new InlineKeyboardMarkup(rows));
  }

  private static String heading(Delivery d, long followId) {
    return "\n\n" + FollowViews.name(d.follows().get(followId));
  }

  /** Newest article first (by date, then by arrival). */
  private static final Comparator<Alert> NEWEST =
      Comparator.comparing(
              Alert::date, Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()))
          .thenComparing(Comparator.comparingLong(Alert::arrival).reversed());

  /** "<b>Title</b> · 2021-10-31 · CNN", the title a link when the article has a web address. */
  private static String titled(Alert a) {
    String title = "<b>" + Html.escape(a.title()) + "</b>";
    if (Urls.isWebUrl(a.url())) {
      title = "<a href=\"" + Html.attribute(a.url()) + "\">" + title + "</a>";
    }
    StringJoiner meta = new StringJoiner(" · ");
    meta.add(title);
    if (a.date() != null) {
      meta.add(a.date().toString());
    }
    if (a.source() != null) {
      meta.add(Html.escape(a.source()));
    }
    return meta.toString();
  }

  private static String quote(Alert a, int max) {
    StringJoiner s = new StringJoiner(" ");
    a.evidence().forEach(e -> s.add(e.text().strip()));
    return "«" + Html.escape(PlainText.shorten(s.toString(), max)) + "»";
  }

  /** The source button of citation {@code n}: the first sentence, shown as the quote. */
  private InlineKeyboardButton source(int n, Alert a) {
    Alert.Sentence first = a.evidence().get(0); // the second may lie far after it
    String data =
        callbacks.encode(new CallbackData.Source(a.articleId(), first.start(), first.end()));
    return InlineKeyboardButton.builder()
        .text("[" + n + "] " + PlainText.shorten(a.title(), BUTTON_TITLE))
        .callbackData(data)
        .build();
  }
}
