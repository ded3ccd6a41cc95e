package org.corpusbot.retrieval;

/**
 * An article in the archive as an indexing run sees it: its content hash, the file it was read from
 * (null if unknown), and the served article it repeats when stored as a duplicate (else null).
 */
public record IndexedArticle(String hash, String file, String dupOf) {}
