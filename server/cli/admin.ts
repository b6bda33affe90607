import { runAdmin } from './admin-command.js';
import { readPipedLine, readSecretFromTerminal } from './secret-prompt.js';

/** `npm run admin -- <command>`: account administration from the shell (see --help). */
const interactive = process.stdin.isTTY === true;
runAdmin({
  argv: process.argv.slice(2),
  env: process.env,
  io: {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    interactive,
    readSecret: (prompt) =>
      interactive
        ? readSecretFromTerminal({ prompt, input: process.stdin, output: process.stderr })
        : readPipedLine(process.stdin),
  },
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`失败 Failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
