package org.corpusbot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Downloads files users sent from the Bot API's file server ({@code /file/bot<token>/<path>} on the
 * configured API host). Written here, not taken from the TelegramBots client: its download always
 * goes to api.telegram.org, whatever API URL the bot is configured with (a local Bot API server,
 * the simulator). The URL carries the token, so no message of this class names it.
 */
final class FileDownloads {
  private final OkHttpClient http;
  private final String base;

  FileDownloads(OkHttpClient http, URI apiUrl, int port, String token) {
    this.http = http;
    this.base =
        apiUrl.getScheme() + "://" + apiUrl.getHost() + ":" + port + "/file/bot" + token + "/";
  }

  /**
   * Writes the file at {@code path} to {@code target}, stopping with an {@link IOException} once
   * more than {@code maxBytes} arrive (a size Telegram misreported, or a hostile server).
   */
  void download(String path, Path target, long maxBytes) throws IOException {
    if (path.contains("..") || path.startsWith("/")) {
      throw new IOException("Telegram gave a file path outside its file server");
    }
    Request request = new Request.Builder().url(base + path).get().build();
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("the file server answered HTTP " + response.code());
      }
      try (InputStream in = body.byteStream();
          OutputStream out = Files.newOutputStream(target)) {
        copy(in, out, maxBytes);
      }
    }
  }

  private static void copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buf)) >= 0; ) {
      total += n;
      if (total > maxBytes) {
        throw new IOException("the file is larger than " + maxBytes / (1024 * 1024) + " MB");
      }
      out.write(buf, 0, n);
    }
  }
}
