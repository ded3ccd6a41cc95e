package org.corpusbot.telegram;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The HTTP clients the bot talks to the Bot API with, and their owner: one for sending, one for the
 * long poll (same connection pool, a dispatcher of its own, so that stopping can cancel the poll in
 * flight without cancelling the replies still being sent). The dispatchers run on named threads
 * ({@code telegram-http-N}; every call the bot makes is synchronous, so they only start for
 * asynchronous ones). Closing cancels what is in flight, ends those threads and closes the pooled
 * connections; OkHttp's own {@code OkHttp TaskRunner} threads are shared by the process and idle
 * out by themselves. The token never passes through here: it is in the URLs the Telegram client
 * builds.
 */
final class TelegramHttp implements AutoCloseable {
  private final ExecutorService threads;
  private final OkHttpClient sending;
  private final OkHttpClient polling;

  TelegramHttp(TelegramSettings settings) {
    AtomicInteger n = new AtomicInteger();
    // As OkHttp's own dispatcher executor, with our thread names.
    this.threads =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "telegram-http-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.sending =
        new OkHttpClient.Builder()
            .dispatcher(new Dispatcher(threads))
            .connectTimeout(10, TimeUnit.SECONDS)
            .readTimeout(settings.pollTimeoutSeconds() + 20L, TimeUnit.SECONDS)
            .writeTimeout(30, TimeUnit.SECONDS)
            .build();
    this.polling = sending.newBuilder().dispatcher(new Dispatcher(threads)).build();
  }

  OkHttpClient sending() {
    return sending;
  }

  OkHttpClient polling() {
    return polling;
  }

  /** Aborts the {@code getUpdates} call in flight, if any. */
  void cancelPolls() {
    polling.dispatcher().cancelAll();
  }

  @Override
  public void close() {
    polling.dispatcher().cancelAll();
    sending.dispatcher().cancelAll();
    threads.shutdownNow();
    sending.connectionPool().evictAll(); // shared with polling
  }
}
