package org.corpusbot.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a Solr configset, by name, and where they came from. The application carries its own
 * copy of {@code config/solr} (packaged under {@value #RESOURCE_DIR}), so that {@code solr init}
 * works from any directory, in a container too; a directory given by the operator replaces it.
 */
public record Configset(String origin, SortedMap<String, byte[]> files) {
  /** The repository's configset, used when it is there (a checkout, the unpacked distribution). */
  public static final Path DIRECTORY = Path.of("config", "solr");

  static final String RESOURCE_DIR = "/solr-configset/";

  /** What {@code config/solr} holds; a test keeps this list equal to the directory. */
  static final List<String> PACKAGED = List.of("schema.xml", "solrconfig.xml", "stopwords_en.txt");

  public Configset {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** {@code dir} when given, else {@link #DIRECTORY} when it exists, else the packaged copy. */
  public static Configset choose(Path dir) {
    return choose(dir, DIRECTORY);
  }

  static Configset choose(Path dir, Path usual) {
    if (dir != null) {
      return fromDirectory(dir);
    }
    return Files.isDirectory(usual) ? fromDirectory(usual) : packaged();
  }

  /** Every regular file of {@code dir}. */
  public static Configset fromDirectory(Path dir) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path f : list.filter(Files::isRegularFile).toList()) {
        files.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Solr configset in " + dir, e);
    }
    if (!files.containsKey("schema.xml")) {
      throw new IllegalArgumentException("no schema.xml in the Solr configset " + dir);
    }
    return new Configset(dir.toString(), files);
  }

  /** The copy packaged with the application. */
  public static Configset packaged() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (String name : PACKAGED) {
      try (InputStream in = Configset.class.getResourceAsStream(RESOURCE_DIR + name)) {
        if (in == null) {
          throw new IllegalStateException("the application lacks its Solr configset file " + name);
        }
        files.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the packaged Solr configset", e);
      }
    }
    return new Configset("the configset packaged with corpusbot", files);
  }
}
