package org.corpusbot.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.nio.channels.AsynchronousCloseException;
import org.apache.solr.common.SolrException;
import org.corpusbot.retrieval.IndexUnavailableException;
import org.junit.jupiter.api.Test;

/**
 * Which failed reads are asked again: only one cut short by a connection closed under it (a node
 * stopping while it answered, as SolrBackendE2EIT once saw), never a cluster that cannot answer or
 * a refused request.
 */
class SolrReadRetryTest {
  @Test
  void aReadCutShortByAClosedConnectionIsAskedAgain() {
    SolrException parsing =
        new SolrException(
            SolrException.ErrorCode.SERVER_ERROR,
            "parsing error",
            new AsynchronousCloseException());
    assertThat(SolrAccess.cutShort(new IndexUnavailableException("cannot be read", parsing)))
        .isTrue();
    assertThat(
            SolrAccess.cutShort(
                new IndexUnavailableException("cannot be read", new EOFException("early end"))))
        .isTrue();
    // Jetty's HTTP/2 client on a connection a stopping node closed (SolrBackendE2EIT, session 56)
    assertThat(
            SolrAccess.cutShort(
                new IndexUnavailableException(
                    "cannot be read",
                    new org.apache.solr.client.solrj.SolrServerException(
                        "session closed", new IllegalStateException("session closed")))))
        .isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(SolrAccess.cutShort(new IndexUnavailableException("no shard answered"))).isFalse();
    assertThat(
            SolrAccess.cutShort(
                new IndexUnavailableException(
                    "cannot be read", new java.net.ConnectException("refused"))))
        .isFalse();
    assertThat(
            SolrAccess.cutShort(
                new IllegalStateException("refused", new AsynchronousCloseException())))
        .isFalse();
    assertThat(
            SolrAccess.cutShort(
                new IndexUnavailableException(
                    "cannot be read", new IllegalStateException("no live node"))))
        .isFalse();
  }
}
