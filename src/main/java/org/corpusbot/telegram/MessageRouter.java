package org.corpusbot.telegram;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corpusbot.follows.FollowDesk;
import org.corpusbot.retrieval.IndexUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides what a message asks of the bot. In a private chat every text is a question; in groups the
 * bot acts only when addressed: a command (bare, or {@code /cmd@thisbot}), an @mention, or a reply
 * to one of its messages. Commands addressed to other bots are ignored everywhere. A document, or a
 * message that is only a web address, adds an article when an admin sends it.
 */
final class MessageRouter {
  private static final Logger log = LoggerFactory.getLogger(MessageRouter.class);
  static final String NOT_TEXT =
      "I only understand text: ask me a question about the articles, or send /help.";
  static final String REFUSED = "Sorry, this bot is private.";

  /** What a question is told while the archive (a SolrCloud collection) cannot be reached. */
  static final String ARCHIVE_UNREACHABLE =
      "Sorry, the archive can't be reached right now, so I can't answer. Please try again in a"
          + " minute.";

  static final String RESUMED =
      "Welcome back: this chat's follows were paused while I could not write here, and are on"
          + " again.";
  private static final Pattern ONLY_URL = Pattern.compile("(?i)https?://\\S+");

  private final BotIdentity me;
  private final Commands commands;
  private final QuestionFlow flow;
  private final AccessPolicy access;
  private final WorkLimit limit;
  private final Replies replies;
  private final BotStats stats;
  private final Pattern mention;
  private final Additions additions;
  private final FollowDesk follows;

  MessageRouter(
      BotIdentity me,
      Commands commands,
      QuestionFlow flow,
      AccessPolicy access,
      WorkLimit limit,
      Replies replies,
      BotStats stats,
      Additions additions,
      FollowDesk follows) {
    this.me = me;
    this.follows = follows;
    this.additions = additions;
    this.limit = limit;
    this.commands = commands;
    this.flow = flow;
    this.access = access;
    this.replies = replies;
    this.stats = stats;
    this.mention = Pattern.compile("(?i)@" + Pattern.quote(me.username()) + "\\b");
  }

  void handle(Message m) {
    if (m.getFrom() == null || m.getChat() == null || m.getChat().isChannelChat()) {
      return;
    }
    boolean group = m.getChat().isGroupChat() || m.getChat().isSuperGroupChat();
    Incoming in =
        new Incoming(
            m.getChatId(),
            m.getFrom().getId(),
            m.getMessageId(),
            group,
            Instant.ofEpochSecond(m.getDate()),
            "",
            replyButton(m),
            // Only a group's admins can write as the group itself (anonymously).
            m.getSenderChat() != null && m.getSenderChat().getId().equals(m.getChatId()));
    try {
      resumeFollows(in);
      route(m, in);
    } catch (BotApiException e) {
      throw e;
    } catch (IndexUnavailableException e) {
      // The archive is away (Solr down, a node restarting): the reader is told at once, the log
      // gets one line with the reason, and the next question tries again.
      stats.failures.increment();
      log.warn(
          "Answering message {} in chat {} failed: {}",
          m.getMessageId(),
          m.getChatId(),
          e.getMessage());
      replies.text(in, ARCHIVE_UNREACHABLE);
    } catch (RuntimeException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e; // the bot is stopping: the update stays pending, no apology
      }
      stats.failures.increment();
      log.error("Answering message {} in chat {} failed", m.getMessageId(), m.getChatId(), e);
      replies.text(in, "Sorry, something went wrong while answering. Please try again.");
    }
  }

  /**
   * A chat whose follows were paused because the bot could not write to it (blocked, removed) is
   * writable again once it writes: its follows resume, and it is told so.
   */
  private void resumeFollows(Incoming in) {
    if (follows != null && follows.resume(in.chatId())) {
      replies.text(in, RESUMED);
    }
  }

  /** The first button under the bot's message that {@code m} replies to, if any. */
  private String replyButton(Message m) {
    Message r = m.getReplyToMessage();
    if (r == null
        || r.getFrom() == null
        || r.getFrom().getId() != me.id()
        || r.getReplyMarkup() == null
        || r.getReplyMarkup().getKeyboard() == null
        || r.getReplyMarkup().getKeyboard().isEmpty()
        || r.getReplyMarkup().getKeyboard().get(0).isEmpty()) {
      return null;
    }
    return r.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData();
  }

  private void route(Message m, Incoming in) {
    boolean group = in.group();
    String text = m.hasText() ? m.getText().strip() : "";
    boolean replyToMe =
        m.getReplyToMessage() != null
            && m.getReplyToMessage().getFrom() != null
            && m.getReplyToMessage().getFrom().getId() == me.id();
    if (text.startsWith("/")) {
      command(in, text);
      return;
    }
    boolean mentioned = mention.matcher(text).find();
    if (group && !mentioned && !replyToMe) {
      return;
    }
    if (!allowed(in)) {
      return;
    }
    if (m.hasDocument()) {
      if (adminAdding(in)) {
        additions.document(in, m.getDocument());
      }
      return;
    }
    if (!m.hasText()) {
      replies.text(in, NOT_TEXT);
      return;
    }
    if (ONLY_URL.matcher(text).matches()) {
      if (adminAdding(in)) {
        additions.link(in, text);
      }
      return;
    }
    if (limited(in)) {
      return;
    }
    flow.ask(in.withText(mention.matcher(text).replaceAll(" ").strip()));
  }

  private void command(Incoming in, String text) {
    String[] parts = text.split("\\s+", 2);
    String word = parts[0].substring(1);
    String args = parts.length > 1 ? parts[1] : "";
    int at = word.indexOf('@');
    if (at >= 0) {
      if (!me.isMe(word.substring(at + 1))) {
        return; // for another bot
      }
      word = word.substring(0, at);
    }
    var command = commands.find(word.toLowerCase(Locale.ROOT));
    if (command.isEmpty()) {
      if (!in.group() || at >= 0) {
        if (allowed(in)) {
          replies.text(in, "I don't know /" + word + ". /help lists what I understand.");
        }
      }
      return;
    }
    if (!allowed(in)) {
      return;
    }
    if (command.get().admin() && !access.isAdmin(in.userId())) {
      stats.refused.increment();
      replies.text(in, "Sorry, /" + word + " is for the bot's admins.");
      return;
    }
    if (command.get().rateLimited() && limited(in)) {
      return;
    }
    log.debug("chat {}: /{}", in.chatId(), word);
    command.get().run(in, args);
  }

  /** True for an admin; anyone else is told that only admins add articles. */
  private boolean adminAdding(Incoming in) {
    if (access.isAdmin(in.userId())) {
      return true;
    }
    stats.refused.increment();
    replies.text(in, AddCommand.ONLY_ADMINS);
    return false;
  }

  /**
   * Charges the user for the work asked; true (after saying so) when the bucket is empty. An admin
   * writing as the group is charged to the group: Telegram gives every anonymous admin of every
   * group the same sender id.
   */
  private boolean limited(Incoming in) {
    Optional<String> refusal = limit.refusal(in.asChat() ? in.chatId() : in.userId());
    refusal.ifPresent(r -> replies.text(in, r));
    return refusal.isPresent();
  }

  private boolean allowed(Incoming in) {
    if (access.allows(in.userId(), in.chatId())) {
      return true;
    }
    stats.refused.increment();
    replies.text(in, REFUSED);
    return false;
  }
}
