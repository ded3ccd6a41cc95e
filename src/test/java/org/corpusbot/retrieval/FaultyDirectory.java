package org.corpusbot.retrieval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexInput;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;

/**
 * A real file-system directory that fails on demand, the way a full disk or a damaged file does:
 * every write once {@link #failWrites} is set; a merge's first file once {@link #failMerges} is
 * set; opening a compound segment file after the first {@link #compoundOpensAllowed} opens; closing
 * what was read once {@link #failInputCloses} is set. Gates hold a thread taking the write lock or
 * closing the directory, to order two threads. Records whether it was closed.
 */
final class FaultyDirectory extends FilterDirectory {
  final AtomicBoolean failWrites = new AtomicBoolean();
  final AtomicBoolean failMerges = new AtomicBoolean();
  final AtomicInteger compoundOpensAllowed = new AtomicInteger(Integer.MAX_VALUE);
  final AtomicBoolean failInputCloses = new AtomicBoolean();
  final AtomicBoolean closed = new AtomicBoolean();

  /** When set, taking the write lock (a writer opening) waits at it. */
  volatile Gate lockGate;

  /** When set, closing this directory waits at it. */
  volatile Gate closeGate;

  /** When set, a merge's thread waits at it as the merge opens a file it wrote (its vectors). */
  volatile Gate mergeReadGate;

  /** Holds the thread of that name (or name prefix) when it reaches it, until released. */
  static final class Gate {
    private final String thread;
    private final boolean prefix;
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    Gate(String thread) {
      this(thread, false);
    }

    private Gate(String thread, boolean prefix) {
      this.thread = thread;
      this.prefix = prefix;
    }

    /** A gate for Lucene's merge threads ("Lucene Merge Thread #3"). */
    static Gate merges() {
      return new Gate("Lucene Merge Thread", true);
    }

    void pass() {
      String name = Thread.currentThread().getName();
      if (prefix ? !name.startsWith(thread) : !name.equals(thread)) {
        return;
      }
      reached.countDown();
      try {
        released.await(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    boolean reached() {
      return reached.getCount() == 0;
    }

    void awaitReached() throws InterruptedException {
      reached.await(1, TimeUnit.MINUTES);
    }

    void release() {
      released.countDown();
    }
  }

  private FaultyDirectory(Directory in) {
    super(in);
  }

  static FaultyDirectory open(Path dir) throws IOException {
    return new FaultyDirectory(FSDirectory.open(dir));
  }

  static IOException diskFull() {
    return new IOException("No space left on device (injected)");
  }

  @Override
  public IndexInput openInput(String name, IOContext context) throws IOException {
    if (name.endsWith(".cfs") && compoundOpensAllowed.getAndDecrement() <= 0) {
      throw new IOException("cannot read " + name + " (injected)");
    }
    Gate gate = mergeReadGate;
    if (gate != null && context.context == IOContext.Context.MERGE) {
      gate.pass();
    }
    return new FilterIndexInput("faulty(" + name + ")", super.openInput(name, context)) {
      @Override
      public IndexInput clone() {
        return in.clone(); // clones read on their own; only the handle's close is watched
      }

      @Override
      public void close() throws IOException {
        super.close();
        if (failInputCloses.get()) {
          throw new IOException("closing " + name + " failed (injected)");
        }
      }
    };
  }

  @Override
  public Lock obtainLock(String name) throws IOException {
    Gate gate = lockGate;
    if (gate != null) {
      gate.pass();
    }
    return super.obtainLock(name);
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    if (failMerges.get() && context.context == IOContext.Context.MERGE) {
      throw diskFull();
    }
    return failing(super.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    return failing(super.createTempOutput(prefix, suffix, context));
  }

  private IndexOutput failing(IndexOutput out) throws IOException {
    if (failWrites.get()) {
      out.close();
      throw diskFull();
    }
    return new FilterIndexOutput("faulty(" + out.getName() + ")", out.getName(), out) {
      @Override
      public void writeByte(byte b) throws IOException {
        if (failWrites.get()) {
          throw diskFull();
        }
        super.writeByte(b);
      }

      @Override
      public void writeBytes(byte[] b, int offset, int length) throws IOException {
        if (failWrites.get()) {
          throw diskFull();
        }
        super.writeBytes(b, offset, length);
      }
    };
  }

  @Override
  public void close() throws IOException {
    Gate gate = closeGate;
    if (gate != null) {
      gate.pass();
    }
    closed.set(true);
    super.close();
  }
}
