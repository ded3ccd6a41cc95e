package org.corpusbot.summary;

import org.corpusbot.corpus.ArticleInfo;

/**
 * A sentence that may go into a summary: where it is in its article ({@code [start, end)} of the
 * article's text, {@code position} among the article's usable sentences, {@code paragraph} counted
 * from 0 within the text it was read from) and how many words it has.
 */
record Sentence(
    ArticleInfo article, String text, int start, int end, int position, int paragraph, int words) {}
