package org.corpusbot.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.ContentStreamBase;
import org.corpusbot.retrieval.IndexUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the collection ({@code corpusbot solr init}) and checks that an existing one fits: its
 * schema version and vector dimension. Init uploads the {@link Configset} as {@code
 * corpusbot-COLLECTION} with the dimension written into it, and creates the collection with the
 * configured shards and replicas; run again, it finds the collection and changes nothing.
 */
public final class SolrCollections {
  private static final Logger log = LoggerFactory.getLogger(SolrCollections.class);

  static final String DIMENSION = "@VECTOR_DIMENSION@";

  private SolrCollections() {}

  /** The collection exists with another schema version or vector dimension; says what to do. */
  public static final class MismatchException extends IllegalStateException {
    MismatchException(String message) {
      super(message);
    }
  }

  /** What init did. */
  public enum Outcome {
    CREATED,
    EXISTED
  }

  /**
   * Creates the collection of {@code options} for vectors of {@code dimension} when missing.
   *
   * @throws MismatchException when the collection exists with another schema or dimension
   * @throws IndexUnavailableException when the cluster cannot be reached
   */
  public static Outcome init(SolrOptions options, int dimension, Configset configset) {
    try (SolrAccess solr = SolrAccess.open(options)) {
      if (exists(solr)) {
        check(solr, dimension);
        return Outcome.EXISTED;
      }
      String config = "corpusbot-" + options.collection();
      upload(solr, config, zip(configset, dimension));
      CollectionAdminRequest.Create create =
          CollectionAdminRequest.createCollection(
              options.collection(), config, options.shards(), options.replicas());
      create.setWaitForFinalState(true);
      create.process(solr.client());
      log.info(
          "Created {} ({} shards x {} replicas, vectors of {})",
          options.where(),
          options.shards(),
          options.replicas(),
          dimension);
      return Outcome.CREATED;
    } catch (MismatchException e) {
      throw e;
    } catch (SolrServerException | IOException | SolrException | IllegalStateException e) {
      throw unavailable(options, "could not be created", e);
    } catch (RuntimeException e) {
      throw SolrAccess.clusterStateFailure(options, "could not be created", e);
    }
  }

  /**
   * Checks that the collection exists with this schema version and, when {@code dimension} is
   * positive, this vector dimension.
   */
  static void check(SolrAccess solr, int dimension) throws SolrServerException, IOException {
    String where = solr.options().where();
    String name =
        new SchemaRequest.SchemaName().process(solr.client(), solr.collection()).getSchemaName();
    if (!SolrFields.SCHEMA_NAME.equals(name)) {
      throw new MismatchException(
          where
              + " has schema '"
              + name
              + "', not '"
              + SolrFields.SCHEMA_NAME
              + "': create a new collection (solr.collection) with `corpusbot solr init`");
    }
    Map<String, Object> type =
        new SchemaRequest.FieldType("knn_vector")
            .process(solr.client(), solr.collection())
            .getFieldType()
            .getAttributes();
    int has = Integer.parseInt(String.valueOf(type.get("vectorDimension")));
    if (dimension > 0 && has != dimension) {
      throw new MismatchException(
          where
              + " holds vectors of dimension "
              + has
              + ", but the embedding model gives "
              + dimension
              + ": use the model it was made with, or a new collection"
              + " (solr.collection) with `corpusbot solr init`");
    }
  }

  static boolean exists(SolrAccess solr) throws SolrServerException, IOException {
    List<String> names = CollectionAdminRequest.listCollections(solr.client());
    return names.contains(solr.collection());
  }

  private static void upload(SolrAccess solr, String name, byte[] zip)
      throws SolrServerException, IOException {
    ContentStreamBase.ByteArrayStream stream =
        new ContentStreamBase.ByteArrayStream(zip, name + ".zip", "application/zip");
    new ConfigSetAdminRequest.Upload()
        .setConfigSetName(name)
        .setUploadStream(stream)
        .setOverwrite(true)
        .setCleanup(true)
        .process(solr.client());
  }

  /** The configset's files zipped, with the vector dimension written into the schema. */
  static byte[] zip(Configset configset, int dimension) {
    if (dimension < 1) {
      throw new IllegalArgumentException("the vector dimension must be positive: " + dimension);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var f : configset.files().entrySet()) {
        byte[] bytes = f.getValue();
        if (f.getKey().equals("schema.xml")) {
          String schema = new String(bytes, StandardCharsets.UTF_8);
          bytes =
              schema
                  .replace(DIMENSION, Integer.toString(dimension))
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(bytes);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot zip the Solr configset of " + configset.origin(), e);
    }
    return out.toByteArray();
  }

  static RuntimeException unavailable(SolrOptions options, String what, Exception e) {
    if (e instanceof SolrException se && se.code() == 400) {
      return new IllegalStateException(
          options.where() + " " + what + ": " + SolrAccess.oneLine(e), e);
    }
    return new IndexUnavailableException(
        options.where() + " " + what + ": " + SolrAccess.oneLine(e), e);
  }
}
