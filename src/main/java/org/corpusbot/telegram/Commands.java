package org.corpusbot.telegram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The bot's commands by name, in the order /help and the command menu show them. */
final class Commands {
  private final Map<String, Command> byName = new LinkedHashMap<>();

  /** Registers a command; used while the bot is wired, before any update arrives. */
  Commands add(Command c) {
    byName.put(c.name(), c);
    return this;
  }

  Optional<Command> find(String name) {
    return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
  }

  List<Command> all() {
    return List.copyOf(byName.values());
  }

  List<Command> publicOnes() {
    return byName.values().stream().filter(c -> !c.admin()).toList();
  }
}
