#!/usr/bin/env node
// Bundle the front end: client/src/app.ts → dist/client/app.js (esbuild, ES2020,
// minified, with a source map); copy client/index.html, styles.css and forms.css next
// to it. The server serves dist/client at / and GraphQL at /graphql.
// Usage: node scripts/build-client.mjs [--watch]   (--watch rebuilds app.js on change;
// index.html and styles.css are copied once at start)
import { build, context } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'client');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const options = {
  entryPoints: [join(root, 'client', 'src', 'app.ts')],
  outfile: join(outdir, 'app.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  charset: 'utf8',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

async function copyStatic() {
  await mkdir(outdir, { recursive: true });
  for (const file of ['index.html', 'styles.css', 'forms.css']) {
    await copyFile(join(root, 'client', file), join(outdir, file));
  }
}

try {
  await copyStatic();
  if (watch) {
    const ctx = await context(options);
    await ctx.watch();
    console.log(`watching client/ → ${outdir}`);
  } else {
    const started = Date.now();
    await build(options);
    console.log(`built ${outdir} in ${Date.now() - started} ms`);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
