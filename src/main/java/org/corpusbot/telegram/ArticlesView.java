package org.corpusbot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.corpusbot.answer.UnreachableParts;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.corpus.Urls;
import org.corpusbot.retrieval.ArticleCatalog;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** One page of /articles, newest first, with buttons to page through the rest. */
final class ArticlesView {
  static final int PAGE = 8;

  private final ArticleCatalog catalog;
  private final CallbackData callbacks;
  private final UnreachableParts unreachable;

  ArticlesView(ArticleCatalog catalog, CallbackData callbacks, UnreachableParts unreachable) {
    this.catalog = catalog;
    this.callbacks = callbacks;
    this.unreachable = unreachable;
  }

  AnswerView.Rendered page(int offset) {
    UnreachableParts.Heard<ArticleCatalog.Page> heard =
        unreachable.hear(() -> catalog.newest(offset, PAGE));
    ArticleCatalog.Page page = heard.value();
    if (page.total() == 0) {
      return new AnswerView.Rendered(noted("The corpus is empty.", heard), null);
    }
    if (page.articles().isEmpty()) {
      return page(0);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("<b>Articles</b> ")
        .append(offset + 1)
        .append('–')
        .append(offset + page.articles().size())
        .append(" of ")
        .append(page.total())
        .append(", newest first\n");
    int n = offset;
    for (ArticleInfo a : page.articles()) {
      sb.append('\n').append(++n).append(". ");
      String title = Html.escape(a.title());
      sb.append(
          Urls.isWebUrl(a.url())
              ? "<a href=\"" + Html.attribute(a.url()) + "\">" + title + "</a>"
              : title);
      sb.append(" · ").append(a.date() == null ? "no date" : a.date().toString());
    }
    return new AnswerView.Rendered(noted(sb.toString(), heard), keyboard(page, offset));
  }

  /** As an answer shows it: a list from part of the archive says so. */
  private static String noted(String html, UnreachableParts.Heard<?> heard) {
    return heard.partial() ? html + "\n<i>" + Html.escape(UnreachableParts.NOTE) + "</i>" : html;
  }

  /** "Summarize N" for each article listed, four to a row, then « Newer / Older ». */
  private InlineKeyboardMarkup keyboard(ArticleCatalog.Page page, int offset) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    List<InlineKeyboardButton> row = new ArrayList<>();
    int n = offset;
    for (ArticleInfo a : page.articles()) {
      row.add(button("Summarize " + ++n, new CallbackData.Summarize(a.id())));
      if (row.size() == 4) {
        rows.add(new InlineKeyboardRow(row));
        row = new ArrayList<>();
      }
    }
    if (!row.isEmpty()) {
      rows.add(new InlineKeyboardRow(row));
    }
    List<InlineKeyboardButton> nav = new ArrayList<>();
    if (offset > 0) {
      nav.add(button("« Newer", new CallbackData.Page(Math.max(0, offset - PAGE))));
    }
    if (offset + PAGE < page.total()) {
      nav.add(button("Older »", new CallbackData.Page(offset + PAGE)));
    }
    if (!nav.isEmpty()) {
      rows.add(new InlineKeyboardRow(nav));
    }
    return new InlineKeyboardMarkup(rows);
  }

  private InlineKeyboardButton button(String text, CallbackData.Action action) {
    return InlineKeyboardButton.builder().text(text).callbackData(callbacks.encode(action)).build();
  }
}
