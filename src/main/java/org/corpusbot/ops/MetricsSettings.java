package org.corpusbot.ops;

/**
 * Where {@code /metrics} and {@code /health} are served: {@code port} 0 means not at all (the
 * default). The host is a loopback address unless an operator chooses otherwise (a container's own
 * interface, say), because nothing on these endpoints asks who is calling.
 */
public record MetricsSettings(String host, int port) {
  public static final MetricsSettings OFF = new MetricsSettings("127.0.0.1", 0);

  public MetricsSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("metrics.host is empty; use 127.0.0.1 (loopback)");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(
          "metrics.port = " + port + " is out of range; use 1 to 65535, or 0 for off");
    }
    host = host.strip();
  }

  public boolean enabled() {
    return port != 0;
  }
}
