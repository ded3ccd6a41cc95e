package org.corpusbot.meetings;

import java.util.Locale;

/**
 * Kinds of contact: in person (ACE 2005 Contact:Meet) and remote (Contact:Phone-Write); the label
 * is how answers show it.
 */
public enum EventKind {
  MEETING("meeting"),
  SUMMIT("summit"),
  TALKS("talks"),
  VISIT("visit"),
  CALL("phone call"),
  VIRTUAL_TALKS("virtual talks"),
  LETTER("letter");

  private final String label;

  EventKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** True for contact at a distance (calls, video, letters). */
  public boolean remote() {
    return this == CALL || this == VIRTUAL_TALKS || this == LETTER;
  }

  public static EventKind parse(String s) {
    return valueOf(s.strip().toUpperCase(Locale.ROOT));
  }
}
