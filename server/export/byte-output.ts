import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

/** Where the bytes of an export go: a file, or an HTTP response. */
export interface ByteOutput {
  /** Resolves once the bytes are taken; waits while the destination is behind, so reading pages slows down with it. */
  write(chunk: Uint8Array): Promise<void>;
  /** Ends the output and waits until everything is written. */
  close(): Promise<void>;
  /**
   * Stops at once after a failure; what was written is incomplete and is discarded by the
   * caller. Resolves once the destination is closed: a file is opened asynchronously, so
   * deleting it before then could race the open and leave it behind.
   */
  destroy(): Promise<void>;
}

/**
 * A Node stream as a ByteOutput. A stream that fails or closes early (a download
 * cancelled in the browser) makes the next write reject, which stops the export.
 */
export function streamOutput(stream: Writable): ByteOutput {
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure ??= error;
  });
  stream.on('close', () => {
    if (!stream.writableFinished)
      failure ??= new Error('输出被提前关闭 the output was closed before the export finished');
  });
  const check = () => {
    if (failure !== undefined) throw failure;
  };
  return {
    async write(chunk) {
      check();
      if (!stream.write(chunk)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stream.off('drain', done);
            stream.off('close', done);
            stream.off('error', done);
            resolve();
          };
          stream.on('drain', done);
          stream.on('close', done);
          stream.on('error', done);
        });
      }
      check();
    },
    async close() {
      check();
      await new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      });
      check();
    },
    async destroy() {
      if (stream.closed) return;
      const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
      stream.destroy();
      await closed;
    },
  };
}

/** A new file (replaced if it exists); close() resolves once the file is closed, so it can be renamed. */
export function fileOutput(path: string): ByteOutput {
  const stream = createWriteStream(path);
  const output = streamOutput(stream);
  return {
    write: output.write,
    async close() {
      await output.close();
      if (!stream.closed) await new Promise<void>((resolve) => stream.once('close', () => resolve()));
    },
    destroy: output.destroy,
  };
}
