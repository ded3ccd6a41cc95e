package org.corpusbot.telegram;

/**
 * What the bot has counted since it started, for /stats and monitoring.
 *
 * @param updates updates received
 * @param questions questions composed (past the per-user rate limit)
 * @param found questions answered from the articles
 * @param notFound questions the articles did not answer
 * @param refused updates from users or chats not allowed
 * @param rateLimited questions refused by the per-user rate limit
 * @param failures updates whose handling failed
 * @param streamEdits edits of partly written answers
 * @param journalDepth updates received and not yet answered (journaled, pending)
 */
public record TelegramStats(
    long updates,
    long questions,
    long found,
    long notFound,
    long refused,
    long rateLimited,
    long failures,
    long streamEdits,
    int journalDepth) {}
