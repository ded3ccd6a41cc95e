package org.corpusbot.meetings;

/**
 * A participant or place named in a sentence, over tokens {@code [from, to)} (title included).
 * {@code place} is true for names of places, which can be where a contact happened or, as a
 * subject, a government ("Washington transferred…").
 */
record Mention(int from, int to, Participant participant, boolean place) {}
