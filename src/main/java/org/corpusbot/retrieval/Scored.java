package org.corpusbot.retrieval;

/** A search result's key and its score in that search (BM25, or the vector score). */
public record Scored<K>(K key, double score) {}
