// Text streamed to a file only once it differs from what a previous file already holds.
// A re-run mostly rebuilds the same 100 MB bundle: comparing costs a read from the page
// cache, while writing it again cost the writes and, when the new copy was renamed over
// the old one, about 0.2 s of kernel time to free the old copy's blocks.
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

/** Characters encoded at a time: a UTF-16 code unit takes at most 3 bytes of UTF-8. */
const SLICE_CHARS = 1 << 16;
const BUFFER_BYTES = SLICE_CHARS * 3;

export class CompareThenWrite {
  private readonly encoded = Buffer.allocUnsafe(BUFFER_BYTES);
  private readonly previousBytes = Buffer.allocUnsafe(BUFFER_BYTES);
  private previous: number | null;
  private out: number | null = null;
  /** Bytes added so far; while comparing, all of them equal the previous file's first bytes. */
  private length = 0;

  /** `previous`: a file to compare with, or null to write from the start. */
  constructor(
    private readonly file: string,
    previous: string | null,
  ) {
    this.previous = previous === null ? null : openIfExists(previous);
    if (this.previous === null) this.out = openSync(file, 'w');
  }

  add(text: string): void {
    for (let from = 0; from < text.length; ) {
      let to = Math.min(from + SLICE_CHARS, text.length);
      // A surrogate pair stays whole: its halves alone would each encode as U+FFFD.
      if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
      const bytes = this.encoded.write(from === 0 && to === text.length ? text : text.slice(from, to));
      this.addBytes(bytes);
      from = to;
    }
  }

  /** Whether `file` was written: false when the previous file held exactly the bytes added. */
  finish(): boolean {
    if (this.out === null && fstatSync(this.previous!).size !== this.length) this.startWriting();
    const written = this.out !== null;
    this.close();
    return written;
  }

  close(): void {
    for (const fd of [this.previous, this.out]) if (fd !== null) closeSync(fd);
    this.previous = null;
    this.out = null;
  }

  private addBytes(bytes: number): void {
    if (this.out === null && !this.previousHas(bytes)) this.startWriting();
    if (this.out !== null) writeAll(this.out, this.encoded, bytes);
    this.length += bytes;
  }

  private previousHas(bytes: number): boolean {
    const read = readFully(this.previous!, this.previousBytes, bytes, this.length);
    return read === bytes && this.previousBytes.compare(this.encoded, 0, bytes, 0, bytes) === 0;
  }

  /** The bytes so far matched the previous file: they are copied from it, then writing goes on. */
  private startWriting(): void {
    const out = openSync(this.file, 'w');
    this.out = out;
    for (let copied = 0; copied < this.length; ) {
      const read = readFully(this.previous!, this.previousBytes, Math.min(BUFFER_BYTES, this.length - copied), copied);
      if (read === 0) throw new Error(`${this.file}: the file compared with was cut short while being copied`);
      writeAll(out, this.previousBytes, read);
      copied += read;
    }
  }
}

function openIfExists(file: string): number | null {
  try {
    return openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Reads up to `length` bytes at `position`; fewer only at the end of the file. */
function readFully(fd: number, buffer: Buffer, length: number, position: number): number {
  let total = 0;
  while (total < length) {
    const read = readSync(fd, buffer, total, length - total, position + total);
    if (read === 0) break;
    total += read;
  }
  return total;
}

function writeAll(fd: number, buffer: Buffer, length: number): void {
  for (let written = 0; written < length; ) written += writeSync(fd, buffer, written, length - written);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
