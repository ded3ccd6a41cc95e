package org.corpusbot.retrieval;

import java.io.IOException;
import org.apache.lucene.index.MergePolicy.OneMerge;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.RandomAccessInput;

/**
 * A file a merge reads (its temporary vectors, the files packed into a compound file), which throws
 * Lucene's {@code MergeAbortedException} once the merge is aborted: at each seek and each read of
 * more than one value, so that building a merged HNSW graph, which reads vectors and writes
 * nothing, stops within a vector of an abort. Single values are read unchecked (they come between
 * checked calls). Clones and slices are checked too; not thread-safe, as Lucene's inputs.
 */
final class MergeInput extends IndexInput {
  private final OneMerge merge;
  private IndexInput in; // replaced by its clone in a clone

  MergeInput(OneMerge merge, IndexInput in) {
    super("merge(" + in + ")");
    this.merge = merge;
    this.in = in;
  }

  @Override
  public void seek(long pos) throws IOException {
    merge.checkAborted();
    in.seek(pos);
  }

  @Override
  public void readBytes(byte[] b, int offset, int len) throws IOException {
    merge.checkAborted();
    in.readBytes(b, offset, len);
  }

  @Override
  public void readFloats(float[] dst, int offset, int len) throws IOException {
    merge.checkAborted();
    in.readFloats(dst, offset, len);
  }

  @Override
  public void readInts(int[] dst, int offset, int len) throws IOException {
    merge.checkAborted();
    in.readInts(dst, offset, len);
  }

  @Override
  public void readLongs(long[] dst, int offset, int len) throws IOException {
    merge.checkAborted();
    in.readLongs(dst, offset, len);
  }

  @Override
  public byte readByte() throws IOException {
    return in.readByte();
  }

  @Override
  public short readShort() throws IOException {
    return in.readShort();
  }

  @Override
  public int readInt() throws IOException {
    return in.readInt();
  }

  @Override
  public long readLong() throws IOException {
    return in.readLong();
  }

  @Override
  public int readVInt() throws IOException {
    return in.readVInt();
  }

  @Override
  public long readVLong() throws IOException {
    return in.readVLong();
  }

  @Override
  public long getFilePointer() {
    return in.getFilePointer();
  }

  @Override
  public long length() {
    return in.length();
  }

  @Override
  public IndexInput slice(String description, long offset, long length) throws IOException {
    return new MergeInput(merge, in.slice(description, offset, length));
  }

  @Override
  public RandomAccessInput randomAccessSlice(long offset, long length) throws IOException {
    return in.randomAccessSlice(offset, length); // positional reads of single values: unchecked
  }

  @Override
  public MergeInput clone() {
    MergeInput c = (MergeInput) super.clone();
    c.in = in.clone();
    return c;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
