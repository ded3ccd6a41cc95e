package org.corpusbot.bench;

/**
 * Samples used heap on a named background thread; the peak of the samples is what the benchmark
 * reports (summing each pool's own peak would add peaks that never coincided).
 */
public final class HeapSampler implements AutoCloseable {
  private final Thread thread;
  private volatile long peak;
  private volatile boolean running = true;

  public HeapSampler() {
    thread = new Thread(this::loop, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    Runtime rt = Runtime.getRuntime();
    while (running) {
      peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  public double peakMb() {
    return peak / (1024.0 * 1024.0);
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
