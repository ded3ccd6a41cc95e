package org.corpusbot.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolrConfigsetTest {
  @Test
  void theStopWordsAreEnglishAnalyzers() throws Exception {
    Set<String> words = new HashSet<>();
    for (String line : Files.readAllLines(Configset.DIRECTORY.resolve("stopwords_en.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        words.add(line.strip());
      }
    }
    Set<String> lucene = new HashSet<>();
    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> lucene.add(new String((char[]) w)));
    assertThat(words).isEqualTo(lucene).hasSize(33);
  }

  @Test
  void theDimensionIsWrittenIntoTheSchemaAtUpload() throws Exception {
    byte[] zip = SolrCollections.zip(Configset.packaged(), 384);
    var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
    String schema = null;
    for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
      if (e.getName().equals("schema.xml")) {
        schema = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    assertThat(schema)
        .contains("vectorDimension=\"384\"")
        .doesNotContain("@VECTOR_DIMENSION@")
        .contains("name=\"" + SolrFields.SCHEMA_NAME + "\"");
  }

  @Test
  void thePackagedCopyIsTheRepositorysConfigsetFileByFile() {
    Configset dir = Configset.fromDirectory(Configset.DIRECTORY);
    Configset packaged = Configset.packaged();
    assertThat(packaged.files().keySet()).isEqualTo(dir.files().keySet());
    dir.files().forEach((name, bytes) -> assertThat(packaged.files().get(name)).isEqualTo(bytes));
  }

  @Test
  void withoutConfigSolrInTheWorkingDirectoryInitUsesThePackagedCopy(@TempDir Path elsewhere)
      throws Exception {
    Path usual = elsewhere.resolve("config").resolve("solr");
    assertThat(Configset.choose(null, usual).origin())
        .isEqualTo("the configset packaged with corpusbot");
    Files.createDirectories(usual);
    Files.writeString(usual.resolve("schema.xml"), "<schema/>");
    assertThat(Configset.choose(null, usual).origin()).isEqualTo(usual.toString());
    Path given = Files.createDirectory(elsewhere.resolve("given"));
    assertThatThrownBy(() -> Configset.choose(given, usual))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no schema.xml in the Solr configset " + given);
  }
}
