package org.corpusbot.feeds;

import java.net.URI;

/**
 * What a fetch gave: the body of a 200, or nothing for a 304 (the copy the caller has is current).
 *
 * @param url where the body came from, after redirects
 * @param contentType the response's Content-Type, null when it sent none
 * @param body the bytes read (empty for a 304)
 * @param etag its ETag, for the next conditional request (null: none)
 * @param lastModified its Last-Modified, likewise
 */
public record Fetched(
    URI url,
    boolean notModified,
    String contentType,
    byte[] body,
    String etag,
    String lastModified) {}
