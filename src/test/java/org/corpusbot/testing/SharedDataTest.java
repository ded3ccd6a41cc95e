package org.corpusbot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedDataTest {
  @TempDir Path dir;

  @Test
  void anAbsentFileFailsInCi() {
    Path missing = dir.resolve("rtqa/articles.jsonl");
    assertThatThrownBy(() -> SharedData.require(missing, Map.of("CI", "true")))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("in CI this test must run");
  }

  @Test
  void anAbsentFileSkipsOutsideCi() {
    Path missing = dir.resolve("reuters21578.jsonl");
    for (Map<String, String> env :
        java.util.List.of(Map.<String, String>of(), Map.of("CI", "false"))) {
      assertThatThrownBy(() -> SharedData.require(missing, env))
          .isInstanceOf(TestAbortedException.class)
          .hasMessageContaining(missing.toString());
    }
  }

  @Test
  void aPresentFileIsReturnedInCiAndOut() throws Exception {
    Path file = Files.writeString(dir.resolve("present.jsonl"), "{}\n");
    assertThat(SharedData.require(file, Map.of("CI", "true"))).isEqualTo(file);
    assertThat(SharedData.require(file, Map.of())).isEqualTo(file);
  }
}
