/**
 * Saving a file the user asked for: a Blob behind a temporary <a download>, which
 * every browser (and Playwright's `download` event) treats as a download.
 */
export function downloadBlob(options: { data: BlobPart; filename: string; type: string }): void {
  const blob = new Blob([options.data], { type: options.type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = options.filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from parts, keeping CJK but nothing a file system would refuse. */
export function fileName(parts: ReadonlyArray<string | null | undefined>, ext: string): string {
  const base = parts
    .filter((p): p is string => !!p)
    .join('-')
    .replace(/[\\/:*?"<>|\s]+/g, '_');
  return `${base || 'lianpu'}.${ext}`;
}

export const MIME = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  svg: 'image/svg+xml;charset=utf-8',
  json: 'application/json;charset=utf-8',
  graphml: 'application/graphml+xml;charset=utf-8',
} as const;
