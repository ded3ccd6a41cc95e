package org.corpusbot.telegram;

import java.util.concurrent.Executor;
import org.corpusbot.summary.SummaryArguments;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * Builds the bot's commands and routers from its parts, and registers the command menu. Used once,
 * by {@link TelegramBot#start}.
 */
final class BotWiring {
  private final TelegramSettings settings;
  private final TelegramBot.Parts parts;
  private final BotApi api;
  private final BotIdentity identity;
  private final BotStats stats;
  private final Executor composing;

  BotWiring(
      TelegramSettings settings,
      TelegramBot.Parts parts,
      BotApi api,
      BotIdentity identity,
      BotStats stats,
      Executor composing) {
    this.settings = settings;
    this.parts = parts;
    this.api = api;
    this.identity = identity;
    this.stats = stats;
    this.composing = composing;
  }

  /** The handler of every update; {@code callbacks} signs the data of the buttons the bot sends. */
  UpdateHandler handler(CallbackData callbacks) {
    Replies replies = new Replies(api);
    AccessPolicy access =
        new AccessPolicy(settings.allowedUsers(), settings.allowedChats(), settings.admins());
    WorkLimit limit =
        new WorkLimit(
            new RateLimiter(settings.burst(), settings.refill(), System::nanoTime), stats);
    AnswerView answerView = new AnswerView(callbacks);
    ChatMemory memory = new ChatMemory();
    QuestionFlow flow =
        new QuestionFlow(
            parts.composer(), answerView, replies, memory, stats, parts.conversations(), composing);
    ArticlesView articles = new ArticlesView(parts.catalog(), callbacks, parts.unreachable());
    SummaryReply summaryReply = new SummaryReply(answerView, memory, replies);
    Additions additions =
        new Additions(
            parts.arrivals(),
            api,
            replies,
            new AddedView(callbacks),
            parts.stateDir().resolve("downloads"),
            composing);
    Commands commands =
        commands(replies, callbacks, answerView, memory, flow, articles, additions, access);
    api.setCommands(
        commands.publicOnes().stream()
            .map(c -> new BotCommand(c.name(), c.description()))
            .toList());
    return new UpdateHandler(
        new MessageRouter(
            identity, commands, flow, access, limit, replies, stats, additions, parts.follows()),
        new CallbackRouter(
            callbacks,
            parts.catalog(),
            articles,
            access,
            limit,
            replies,
            stats,
            parts.summaries(),
            summaryReply),
        stats);
  }

  private Commands commands(
      Replies replies,
      CallbackData callbacks,
      AnswerView answerView,
      ChatMemory memory,
      QuestionFlow flow,
      ArticlesView articles,
      Additions additions,
      AccessPolicy access) {
    Commands commands = new Commands();
    commands
        .add(new StartCommand(parts.catalog(), replies, parts.examples()))
        .add(new HelpCommand(commands, replies))
        .add(new AskCommand(flow))
        .add(new ArticlesCommand(articles, replies))
        .add(new SourcesCommand(memory, answerView, replies))
        .add(
            new SummaryCommand(
                new SummaryArguments(parts.summaries()),
                new SummaryReply(answerView, memory, replies),
                callbacks,
                replies,
                parts.unreachable()))
        .add(new MetCommand(parts.contacts(), parts.unreachable(), answerView, memory, replies))
        .add(new ResetCommand(parts.conversations(), replies));
    if (parts.follows() != null) {
      FollowRights rights = new FollowRights(api, access);
      commands
          .add(new FollowCommand(parts.follows(), rights, replies))
          .add(new FollowingCommand(parts.follows(), replies))
          .add(new UnfollowCommand(parts.follows(), rights, replies))
          .add(new DigestCommand(parts.follows(), rights, replies));
    }
    return commands
        .add(new FeedsCommand(parts.arrivals().feeds(), replies))
        .add(new AddCommand(additions, replies))
        .add(new AddFeedCommand(parts.arrivals().feeds(), replies))
        .add(new RemoveFeedCommand(parts.arrivals().feeds(), replies))
        .add(new ReindexCommand(parts.reindexer(), replies))
        .add(new StatsCommand(stats, parts.catalog(), parts.llm(), replies));
  }
}
