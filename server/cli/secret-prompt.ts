/**
 * Reads a secret from the terminal without echoing it (raw mode, one key at a time), or
 * the first line of piped input when there is no terminal. No package needed.
 */
export function readSecretFromTerminal(options: {
  prompt: string;
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
}): Promise<string | null> {
  const { input, output } = options;
  output.write(options.prompt);
  return new Promise((resolve) => {
    let value = '';
    const finish = (result: string | null) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      output.write('\n');
      resolve(result);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(value);
        if (ch === '\u0003') return finish(null); // Ctrl-C
        if (ch === '\u0004') return finish(value === '' ? null : value); // Ctrl-D
        if (ch === '\u007f' || ch === '\b') value = Array.from(value).slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}

let piped: Promise<string[]> | undefined;

/** Lines of piped stdin, read once; each call takes the next line. */
export async function readPipedLine(input: NodeJS.ReadStream): Promise<string | null> {
  piped ??= (async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of input) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  })();
  const lines = await piped;
  const line = lines.shift();
  return line === undefined || line === '' ? null : line;
}
