package org.corpusbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Citation;
import org.corpusbot.corpus.Urls;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Renders answers as Telegram HTML: the text with its [n] markers, the sources, one button each.
 */
final class AnswerView {
  private static final int BUTTON_TITLE = 40;

  /**
   * Telegram refuses an inline keyboard of more than 100 buttons (or about 10 kB) with "reply
   * markup is too long"; a column of 30 is plenty.
   */
  static final int MAX_BUTTONS = 30;

  private final CallbackData callbacks;

  AnswerView(CallbackData callbacks) {
    this.callbacks = callbacks;
  }

  record Rendered(String html, InlineKeyboardMarkup keyboard) {}

  /** The answer as one message: cut to fit when too long ({@link OneMessage}). */
  Rendered render(Answer a) {
    Answer shown = OneMessage.fit(a, AnswerView::html);
    return new Rendered(html(shown), buttons(shown.citations()));
  }

  static String html(Answer a) {
    StringBuilder sb = new StringBuilder();
    String rest = a.text();
    if (a.shortAnswer() != null) {
      // the constructor guarantees the text leads with it
      sb.append("<b>").append(Html.escape(a.shortAnswer().text())).append("</b>");
      rest = rest.substring(a.shortAnswer().text().length());
    }
    sb.append(Html.escape(rest));
    if (a.note() != null) {
      sb.append("\n<i>").append(Html.escape(a.note())).append("</i>");
    }
    if (!a.citations().isEmpty()) {
      sb.append("\n\n").append(sources(a.citations()));
    }
    return sb.toString();
  }

  static String sources(List<Citation> citations) {
    StringBuilder sb = new StringBuilder("<b>Sources</b>");
    for (Citation c : citations) {
      sb.append("\n[").append(c.n()).append("] ");
      String title = Html.escape(c.title());
      sb.append(
          Urls.isWebUrl(c.url())
              ? "<a href=\"" + Html.attribute(c.url()) + "\">" + title + "</a>"
              : title);
      StringJoiner meta = new StringJoiner(" · ");
      if (c.date() != null) {
        meta.add(c.date().toString());
      }
      if (c.source() != null) {
        meta.add(Html.escape(c.source()));
      }
      if (meta.length() > 0) {
        sb.append(" · ").append(meta);
      }
    }
    return sb.toString();
  }

  InlineKeyboardMarkup buttons(List<Citation> citations) {
    if (citations.isEmpty()) {
      return null;
    }
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (Citation c : citations.subList(0, Math.min(MAX_BUTTONS, citations.size()))) {
      String label = "[" + c.n() + "] " + PlainText.shorten(c.title(), BUTTON_TITLE);
      String data = callbacks.encode(new CallbackData.Source(c.articleId(), c.start(), c.end()));
      rows.add(
          new InlineKeyboardRow(
              InlineKeyboardButton.builder().text(label).callbackData(data).build()));
    }
    return new InlineKeyboardMarkup(rows);
  }
}
