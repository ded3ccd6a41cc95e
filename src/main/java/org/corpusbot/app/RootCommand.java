package org.corpusbot.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code corpusbot}: with no subcommand, the main job. That is the console chat (the Telegram bot
 * when a token is configured), after bringing the index in line with the corpus.
 */
@Command(
    name = "corpusbot",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Answers questions about a corpus of news articles, with citations.",
    subcommands = {
      ChatCommand.class,
      TelegramCommand.class,
      AskCommand.class,
      MetCommand.class,
      SummaryCommand.class,
      IndexCommand.class,
      SolrCommand.class,
      ArticlesCommand.class,
      BenchCommand.class,
      BenchMeetingsCommand.class,
      BenchSummaryCommand.class,
      BenchLlmCommand.class,
      BenchBotCommand.class,
      BenchDeliveryCommand.class,
      BenchHostileCommand.class,
      BenchBadArticlesCommand.class,
      BenchContactsCommand.class,
      BenchNotFoundCommand.class,
      BenchWatchCommand.class,
      BenchDupsCommand.class,
      BenchFeedsCommand.class,
      BenchFollowsCommand.class
    })
public final class RootCommand implements Callable<Integer> {
  @Option(
      names = "--corpus",
      scope = ScopeType.INHERIT,
      paramLabel = "PATH",
      description = "Folder or file of articles (default: corpus.path, 'corpus').")
  Path corpus;

  @Option(
      names = "--data",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "Where the index lives (default: data.dir, 'data').")
  Path data;

  @Option(
      names = "--config",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description = "Configuration file (default: config/corpusbot.properties).")
  Path config;

  /** The settings, with this command line's overrides applied. */
  Settings settings() {
    Map<String, String> overrides = new HashMap<>();
    if (corpus != null) {
      overrides.put("corpus.path", corpus.toString());
    }
    if (data != null) {
      overrides.put("data.dir", data.toString());
    }
    return SettingsLoader.load(config, System.getenv(), overrides);
  }

  /**
   * Settings for a benchmark over {@code articles}: its index lives in {@code data/bench} unless
   * {@code --data} (or {@code data.dir} in {@code extra}) says otherwise, so a benchmark never
   * touches the bot's own index; {@code extra} overrides more settings.
   */
  Settings benchSettings(Path articles, Map<String, String> extra) {
    Map<String, String> overrides = new HashMap<>(extra);
    overrides.put("corpus.path", articles.toString());
    overrides.putIfAbsent(
        "data.dir",
        data != null ? data.toString() : settings().dataDir().resolve("bench").toString());
    return SettingsLoader.load(config, System.getenv(), overrides);
  }

  @Override
  public Integer call() throws Exception {
    if (settings().secrets().telegramToken() != null) {
      return new TelegramCommand(this).call();
    }
    return new ChatCommand(this).call();
  }
}
