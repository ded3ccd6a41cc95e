package org.corpusbot.app;

/** A command that cannot do what was asked; its message is the whole reason shown to the user. */
final class CommandFailure extends RuntimeException {
  CommandFailure(String message) {
    super(message);
  }
}
