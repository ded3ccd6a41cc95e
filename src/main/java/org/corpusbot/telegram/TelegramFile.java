package org.corpusbot.telegram;

/**
 * A file a user sent, as Telegram's {@code getFile} describes it: where to download it from (a path
 * on Telegram's file server, valid for an hour) and its size in bytes (0 when not given).
 */
public record TelegramFile(String fileId, String path, long size) {}
