package org.corpusbot.telegram;

import java.util.List;
import java.util.Optional;
import org.corpusbot.answer.Answer;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Urls;
import org.corpusbot.retrieval.ArticleCatalog;
import org.corpusbot.retrieval.IndexUnavailableException;
import org.corpusbot.summary.Summaries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Handles button presses. Every press is answered ({@code answerCallbackQuery}), so no button keeps
 * spinning; presses by users who may not use the bot, and forged or stale data, get a polite notice
 * and nothing else. A press that does work takes a token from the user's bucket ({@link
 * WorkLimit}).
 */
final class CallbackRouter {
  private static final Logger log = LoggerFactory.getLogger(CallbackRouter.class);

  static final String EXPIRED = "This button has expired; please ask again.";

  /** A passage longer than this (as HTML) is cut, so that a source press sends one message. */
  static final int MAX_QUOTE = 3000;

  private final CallbackData callbacks;
  private final ArticleCatalog catalog;
  private final ArticlesView articles;
  private final AccessPolicy access;
  private final WorkLimit limit;
  private final Replies replies;
  private final BotStats stats;
  private final Summaries summaries;
  private final SummaryReply summaryReply;

  CallbackRouter(
      CallbackData callbacks,
      ArticleCatalog catalog,
      ArticlesView articles,
      AccessPolicy access,
      WorkLimit limit,
      Replies replies,
      BotStats stats,
      Summaries summaries,
      SummaryReply summaryReply) {
    this.limit = limit;
    this.summaries = summaries;
    this.summaryReply = summaryReply;
    this.callbacks = callbacks;
    this.catalog = catalog;
    this.articles = articles;
    this.access = access;
    this.replies = replies;
    this.stats = stats;
  }

  void handle(CallbackQuery q) {
    Long chatId = q.getMessage() == null ? null : q.getMessage().getChatId();
    if (chatId == null || q.getFrom() == null) {
      replies.api().answerCallback(q.getId(), EXPIRED);
      return;
    }
    if (!access.allows(q.getFrom().getId(), chatId)) {
      stats.refused.increment();
      replies.api().answerCallback(q.getId(), MessageRouter.REFUSED);
      return;
    }
    Optional<CallbackData.Action> action = callbacks.decode(q.getData());
    if (action.isPresent()) {
      Optional<String> refusal = limit.refusal(q.getFrom().getId());
      if (refusal.isPresent()) {
        replies.api().answerCallback(q.getId(), refusal.get());
        return;
      }
    }
    boolean done;
    try {
      done = action.isPresent() && run(q, chatId, action.get());
    } catch (IndexUnavailableException e) {
      // The archive is away: the press is told so, the log gets one line; see MessageRouter.
      log.warn("A button press in chat {} failed: {}", chatId, e.getMessage());
      replies.api().answerCallback(q.getId(), MessageRouter.ARCHIVE_UNREACHABLE);
      return;
    } catch (RuntimeException e) {
      noticeAfter(e, q.getId());
      throw e;
    }
    replies.api().answerCallback(q.getId(), done ? null : EXPIRED);
  }

  /**
   * Answers a press whose work failed with {@code failure}, which stays the failure reported: the
   * notice failing too is added to it as suppressed. NOTE: nothing is tried when Telegram was
   * unreachable for a whole retry budget (or the bot is stopping): a second one would hold the chat
   * up for another half hour, and an unanswered press only stops spinning by itself.
   */
  private void noticeAfter(RuntimeException failure, String callbackId) {
    if ((failure instanceof BotApiException b && b.code() == 0)
        || Thread.currentThread().isInterrupted()) {
      return;
    }
    try {
      replies.api().answerCallback(callbackId, "Sorry, something went wrong.");
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private boolean run(CallbackQuery q, long chatId, CallbackData.Action action) {
    if (action instanceof CallbackData.Source s) {
      return showSource(chatId, q.getMessage().getMessageId(), s);
    }
    if (action instanceof CallbackData.Page p) {
      AnswerView.Rendered page = articles.page(p.offset());
      replies.api().edit(chatId, q.getMessage().getMessageId(), page.html(), page.keyboard());
      return true;
    }
    if (action instanceof CallbackData.Summarize s) {
      Optional<Answer> summary = summaries.article(s.articleId());
      summary.ifPresent(a -> summaryReply.send(chatId, q.getMessage().getMessageId(), a));
      return summary.isPresent();
    }
    return false;
  }

  private boolean showSource(long chatId, int replyTo, CallbackData.Source s) {
    Optional<Article> found = catalog.get(s.articleId());
    if (found.isEmpty()
        || s.start() < 0
        || s.end() <= s.start()
        || s.end() > found.get().text().length()) {
      return false;
    }
    Article a = found.get();
    StringBuilder sb = new StringBuilder("<blockquote>");
    sb.append(quote(a.text().substring(s.start(), s.end())));
    sb.append("</blockquote>\n<i>")
        .append(Html.escape(PlainText.shorten(a.title(), 300)))
        .append("</i>");
    if (a.date() != null) {
      sb.append(" · ").append(a.date());
    }
    if (a.sourceOrHost() != null) {
      sb.append(" · ").append(Html.escape(a.sourceOrHost()));
    }
    InlineKeyboardMarkup open = null;
    if (Urls.isWebUrl(a.url())) {
      open =
          new InlineKeyboardMarkup(
              List.of(
                  new InlineKeyboardRow(
                      InlineKeyboardButton.builder().text("Open article").url(a.url()).build())));
    }
    replies.send(chatId, replyTo, sb.toString(), open);
    return true;
  }

  /** The passage as escaped HTML of at most {@value #MAX_QUOTE} characters. */
  static String quote(String passage) {
    int n = Math.min(passage.length(), MAX_QUOTE);
    String html = Html.escape(PlainText.shorten(passage, n));
    while (html.length() > MAX_QUOTE) {
      n = n * 3 / 4;
      html = Html.escape(PlainText.shorten(passage, n));
    }
    return html;
  }
}
