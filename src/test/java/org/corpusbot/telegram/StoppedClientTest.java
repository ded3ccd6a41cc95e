package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * A call made after the bot's HTTP client was closed (a reply finishing while the bot stops) fails
 * at once instead of being retried as if Telegram were unreachable: with the default policy, that
 * was half an hour of retries on a thread the shutdown waits for.
 */
class StoppedClientTest {
  @Test
  void aCallOnAClosedClientIsNotRetried() {
    ExecutorService threads = Executors.newSingleThreadExecutor();
    threads.shutdown(); // what TelegramHttp.close does to the dispatcher's threads
    OkHttpClient http = new OkHttpClient.Builder().dispatcher(new Dispatcher(threads)).build();
    List<String> failures = new CopyOnWriteArrayList<>();
    TelegramListener listener =
        new TelegramListener() {
          @Override
          public void failed(String method, Failure cause) {
            failures.add(method + " " + cause);
          }
        };
    BotApi api =
        new TelegramBotApi(
            new OkHttpTelegramClient(http, "1:x", new TelegramUrl("http", "127.0.0.1", 9, false)),
            new RetryPolicy(
                Duration.ofMillis(10),
                Duration.ofMillis(20),
                Duration.ofSeconds(3),
                Duration.ofMinutes(30)),
            listener,
            null);
    assertThatThrownBy(() -> api.edit(1, 2, "text", null))
        .isInstanceOf(BotApiException.class)
        .hasMessageContaining("stopping");
    assertThat(failures).containsExactly("editMessageText UNREACHABLE");
  }
}
