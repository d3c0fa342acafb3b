import { once } from 'node:events';
import type { Writable } from 'node:stream';
import zlib from 'node:zlib';

interface Entry {
  name: Buffer;
  flags: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

const DEFLATE = 8;
const UTF8_NAMES = 0x0800;
const SIZES_AFTER_DATA = 0x0008;
/** A fixed DOS timestamp (1980-01-01): the files of an export have no meaningful modification time. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const PENDING_MAX = 2 ** 20;

/**
 * The least of a ZIP writer an XLSX file needs: deflated entries written one after the other straight to `out`
 * (a big entry streamed, its sizes in a data descriptor after it), then the central directory. No ZIP64: an
 * entry must stay under 4 GB, far beyond any export the list can produce.
 */
/** Resolves once `stream` has room again (or is gone): whoever writes waits for whoever reads. */
export function drained(stream: Writable): Promise<void> {
  if (!stream.writableNeedDrain || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

export class ZipWriter {
  private offset = 0;
  private readonly entries: Entry[] = [];

  constructor(private readonly out: Writable) {}

  private write(buf: Buffer): void {
    this.offset += buf.length;
    this.out.write(buf);
  }

  private localHeader(name: Buffer, flags: number, crc: number, compressed: number, size: number): Buffer {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(flags, 6);
    h.writeUInt16LE(DEFLATE, 8);
    h.writeUInt16LE(DOS_TIME, 10);
    h.writeUInt16LE(DOS_DATE, 12);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(compressed, 18);
    h.writeUInt32LE(size, 22);
    h.writeUInt16LE(name.length, 26);
    h.writeUInt16LE(0, 28);
    return Buffer.concat([h, name]);
  }

  /** A small entry, compressed in one go. */
  add(fileName: string, content: string): void {
    const data = Buffer.from(content, 'utf8');
    const deflated = zlib.deflateRawSync(data);
    const name = Buffer.from(fileName, 'utf8');
    const entry = { name, flags: UTF8_NAMES, crc: zlib.crc32(data), compressed: deflated.length, size: data.length, offset: this.offset };
    this.entries.push(entry);
    this.write(this.localHeader(name, UTF8_NAMES, entry.crc, entry.compressed, entry.size));
    this.write(deflated);
  }

  /**
   * A big entry written piece by piece: `write` waits while the compressor or the client is behind, so memory
   * holds about one page of rows whatever the size of the file. `end` closes the entry.
   */
  stream(fileName: string): { write: (text: string) => Promise<void>; end: () => Promise<void> } {
    const name = Buffer.from(fileName, 'utf8');
    const entry: Entry = { name, flags: UTF8_NAMES | SIZES_AFTER_DATA, crc: 0, compressed: 0, size: 0, offset: this.offset };
    this.entries.push(entry);
    this.write(this.localHeader(name, entry.flags, 0, 0, 0));
    // level 1: the XML is so repetitive that the fastest level still shrinks it about tenfold
    const deflate = zlib.createDeflateRaw({ level: 1 });
    deflate.on('data', (chunk: Buffer) => {
      entry.compressed += chunk.length;
      this.offset += chunk.length;
      if (!this.out.write(chunk)) deflate.pause();
    });
    const resume = () => deflate.resume();
    this.out.on('drain', resume);
    this.out.once('close', () => deflate.destroy());
    return {
      write: async (text) => {
        const data = Buffer.from(text, 'utf8');
        entry.crc = zlib.crc32(data, entry.crc);
        entry.size += data.length;
        deflate.write(data);
        // a few pages may wait for the compressor, so it works (in the thread pool) while the next page is read
        if (deflate.writableLength > PENDING_MAX) await drained(deflate);
      },
      end: async () => {
        const ended = once(deflate, 'end');
        deflate.end();
        await ended;
        this.out.off('drain', resume);
        const d = Buffer.alloc(16);
        d.writeUInt32LE(0x08074b50, 0);
        d.writeUInt32LE(entry.crc, 4);
        d.writeUInt32LE(entry.compressed, 8);
        d.writeUInt32LE(entry.size, 12);
        this.write(d);
      },
    };
  }

  /** Writes the central directory; the archive is complete after this. */
  finish(): void {
    const start = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(e.flags, 8);
      h.writeUInt16LE(DEFLATE, 10);
      h.writeUInt16LE(DOS_TIME, 12);
      h.writeUInt16LE(DOS_DATE, 14);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      this.write(Buffer.concat([h, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.write(end);
  }
}
