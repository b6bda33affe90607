import type { Problem } from './problems.js';

/**
 * UTF-8 text without its byte-order mark (Excel writes one). A file in another encoding
 * (Excel's default "CSV" on Chinese Windows is GBK) fails here with a message saying how
 * to save it, rather than importing mojibake.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  try {
    // The default ignoreBOM: false makes the decoder drop a leading BOM.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const bad = lenient.indexOf('\uFFFD');
    const line = lenient.slice(0, Math.max(bad, 0)).split('\n').length;
    return {
      problem: {
        file,
        line,
        message:
          '文件不是 UTF-8 编码 the file is not UTF-8 text (in Excel, save as "CSV UTF-8"; other encodings such as GBK are not accepted)',
      },
    };
  }
}
