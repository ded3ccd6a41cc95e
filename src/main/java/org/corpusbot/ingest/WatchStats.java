package org.corpusbot.ingest;

/**
 * What the live corpus has done so far.
 *
 * @param runs indexing runs it asked for (each a batch of changed paths, or the whole corpus)
 * @param wholeRuns of those, runs over the whole corpus (changes lost, the watch restarted)
 * @param paths changed paths indexed
 * @param failures runs that failed (each logged once, with its cause)
 * @param waiting paths changed and not yet indexed
 */
public record WatchStats(long runs, long wholeRuns, long paths, long failures, int waiting) {}
