package org.corpusbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.corpusbot.config.Secrets;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsLoader;
import org.junit.jupiter.api.Test;

/**
 * The container image and the systemd unit agree with the build and the settings: the jar the build
 * makes, the data folder on a volume, real setting names, no secret baked in, a non-root user,
 * SIGTERM to stop, restart on failure. No container engine runs here, so this is what can be
 * checked of them; {@code systemd-analyze verify} runs when the machine has it.
 */
class DeploymentFilesTest {
  static final Path DOCKERFILE = Path.of("config", "container", "Dockerfile");
  static final Path UNIT = Path.of("config", "systemd", "corpusbot.service");
  static final Path ENV_EXAMPLE = Path.of("config", "systemd", "corpusbot.env.example");
  static final Pattern TOKEN_SHAPED = Pattern.compile("\\d{6,}:[A-Za-z0-9_-]{30,}");

  static String read(Path p) throws Exception {
    return Files.readString(p);
  }

  /** The jar the build makes: {@code target/<finalName>.jar}. */
  static String jarName() throws Exception {
    Matcher m = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(read(Path.of("pom.xml")));
    assertThat(m.find()).as("finalName in pom.xml").isTrue();
    return m.group(1) + ".jar";
  }

  /**
   * {@code NAME=value} pairs set by {@code pattern} (group 1 name, group 2 value) in {@code text}.
   */
  static Map<String, String> env(String text, Pattern pattern) {
    Map<String, String> out = new HashMap<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.put(m.group(1), m.group(2).strip());
    }
    return out;
  }

  static Map<String, String> dockerEnv() throws Exception {
    String text = read(DOCKERFILE).replace("\\\n", " ");
    Matcher env = Pattern.compile("(?m)^ENV (.*)$").matcher(text);
    assertThat(env.find()).isTrue();
    return env(env.group(1), Pattern.compile("(\\w+)=(\\S+)"));
  }

  static Map<String, String> unitEnv() throws Exception {
    return env(read(UNIT), Pattern.compile("(?m)^Environment=(\\w+)=(.*)$"));
  }

  static Map<String, String> jibEnv() throws Exception {
    String pom = read(Path.of("pom.xml"));
    String env = pom.substring(pom.indexOf("<environment>"), pom.indexOf("</environment>"));
    return env(env, Pattern.compile("<(\\w+)>([^<]*)</\\1>"));
  }

  /** Every variable the settings read: CORPUSBOT_ plus each documented key, and the secrets. */
  static Set<String> knownVariables() throws Exception {
    Properties p = new Properties();
    p.load(new StringReader(read(Path.of("config", "corpusbot.properties"))));
    Set<String> out =
        p.stringPropertyNames().stream().map(SettingsLoader::envName).collect(Collectors.toSet());
    out.add(Secrets.TELEGRAM_TOKEN_VAR);
    out.add(Secrets.LLM_API_KEY_VAR);
    return out;
  }

  @Test
  void everyVariableSetIsARealSettingAndTheSettingsLoad() throws Exception {
    for (Map<String, String> env : List.of(dockerEnv(), unitEnv(), jibEnv())) {
      assertThat(knownVariables())
          .containsAll(
              env.keySet().stream().filter(k -> !k.equals("LANG")).collect(Collectors.toList()));
      Settings s = SettingsLoader.load(null, env, Map.of());
      assertThat(s.dataDir()).isEqualTo(Path.of("/var/lib/corpusbot"));
      assertThat(s.metrics().enabled()).isTrue();
      assertThat(s.secrets()).isEqualTo(new Secrets(null, null));
    }
  }

  @Test
  void theImageRunsTheBuiltJarAsANonRootUserWithTheIndexOnAVolume() throws Exception {
    String d = read(DOCKERFILE);
    assertThat(d).contains("COPY target/" + jarName() + " /opt/corpusbot/" + jarName());
    assertThat(d)
        .contains(
            "ENTRYPOINT [\"java\", \"-XX:MaxRAMPercentage=50\", \"-jar\", \"/opt/corpusbot/"
                + jarName()
                + "\"]");
    assertThat(d).contains("VOLUME [\"" + dockerEnv().get("CORPUSBOT_DATA_DIR") + "\"]");
    assertThat(d).contains("chown corpusbot:corpusbot " + dockerEnv().get("CORPUSBOT_DATA_DIR"));
    assertThat(d)
        .containsPattern("(?m)^USER corpusbot$")
        .doesNotContainPattern("(?m)^USER (root|0)");
    assertThat(d)
        .contains("STOPSIGNAL SIGTERM")
        .contains("EXPOSE " + dockerEnv().get("CORPUSBOT_METRICS_PORT"));
  }

  @Test
  void theJibProfileMatchesTheDockerfile() throws Exception {
    String pom = read(Path.of("pom.xml"));
    assertThat(pom).contains("<mainClass>org.corpusbot.app.Main</mainClass>");
    assertThat(jibEnv()).isEqualTo(dockerEnv());
    assertThat(pom).contains("<volume>" + jibEnv().get("CORPUSBOT_DATA_DIR") + "</volume>");
    assertThat(pom).contains("<user>10001:10001</user>");
    assertThat(Path.of("config/container/jib" + jibEnv().get("CORPUSBOT_DATA_DIR"))).isDirectory();
  }

  @Test
  void theUnitRunsTheJarAsItsOwnUserRestartsOnFailureAndStopsWithSigterm() throws Exception {
    String u = read(UNIT);
    assertThat(u).contains("ExecStart=/usr/bin/java -Xmx1g -jar /opt/corpusbot/" + jarName());
    assertThat(u)
        .containsPattern("(?m)^User=corpusbot$")
        .doesNotContainPattern("(?m)^User=(root|0)$");
    assertThat(u).containsPattern("(?m)^Restart=on-failure$");
    assertThat(u).containsPattern("(?m)^KillSignal=SIGTERM$");
    assertThat(u).containsPattern("(?m)^SuccessExitStatus=143$");
    assertThat(u).containsPattern("(?m)^EnvironmentFile=/etc/corpusbot/corpusbot.env$");
    // StateDirectory=corpusbot is /var/lib/corpusbot: the data folder the settings point at.
    assertThat(u).containsPattern("(?m)^StateDirectory=corpusbot$");
    assertThat(unitEnv().get("CORPUSBOT_DATA_DIR")).isEqualTo("/var/lib/corpusbot");
    assertThat(u).contains("install -D -m 0600 -o root -g root " + ENV_EXAMPLE);
  }

  @Test
  void noSecretIsBakedIn() throws Exception {
    for (Path p : List.of(DOCKERFILE, UNIT, ENV_EXAMPLE, Path.of("pom.xml"))) {
      String text = read(p);
      assertThat(text).as(p.toString()).doesNotContainPattern(TOKEN_SHAPED);
      for (String secret : List.of(Secrets.TELEGRAM_TOKEN_VAR, Secrets.LLM_API_KEY_VAR)) {
        // Named in comments and the example file, never given a value.
        assertThat(text).as(p.toString()).doesNotContainPattern("(?m)^[^#]*" + secret + "=\\S");
        assertThat(text).as(p.toString()).doesNotContainPattern("<" + secret + ">");
      }
    }
    assertThat(read(ENV_EXAMPLE)).containsPattern("(?m)^TELEGRAM_BOT_TOKEN=$");
  }

  @Test
  void systemdAcceptsTheUnitWhereItIsInstalled() throws Exception {
    File analyze = new File("/usr/bin/systemd-analyze");
    if (!analyze.canExecute()) {
      // No systemd on this machine: the checks above are what can be tested here.
      System.out.println("systemd-analyze not installed; unit checked by the other tests only");
      return;
    }
    Process p =
        new ProcessBuilder(analyze.getPath(), "verify", UNIT.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes());
    // verify exits 0 on settings it ignores (a misspelt Restart= value), but says so.
    assertThat(out).as("systemd-analyze verify output").isEmpty();
    assertThat(p.exitValue()).isZero();
  }

  @Test
  void theReadmeShowsBoth() throws Exception {
    String readme = read(Path.of("README.md"));
    assertThat(readme).contains(DOCKERFILE.toString()).contains(UNIT.toString());
  }
}
