package org.corpusbot.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

class SolrConfigsetTest {
  @Test
  void theStopWordsAreEnglishAnalyzers() throws Exception {
    Set<String> words = new HashSet<>();
    for (String line : Files.readAllLines(SolrCollections.CONFIGSET.resolve("stopwords_en.txt"))) {
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
    byte[] zip = SolrCollections.zip(SolrCollections.CONFIGSET, 384);
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
}
