package org.corpusbot.meetings;

/**
 * What found a contact: the offline rules ({@link MeetingExtractor}) or the language model, whose
 * contacts are checked against the article ({@link ModelContacts}) before they are kept.
 */
public enum ExtractedBy {
  RULES,
  MODEL
}
