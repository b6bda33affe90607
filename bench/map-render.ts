/**
 * Map rendering benchmark (`npm run bench:map`): a synthetic chain map of about 5,000
 * elements (2,000 links + ~3,000 feeds, built by the front end's own element functions)
 * drawn in headless Chromium. Prints p50/p95 over several runs of
 *   - first paint: elements built, Cytoscape created, first frame on screen;
 *   - layout: ELK layered (the app's layout for ordinary maps) and the stage grid
 *     (the large-map path);
 *   - pan frames: frame times while the map is dragged with the mouse;
 * for the app's default renderer options, the large-map options (hideEdgesOnViewport,
 * textureOnViewport, pixelRatio 1) and the same with Cytoscape's WebGL renderer.
 * A benchmark, not a test: it asserts nothing.
 *   node dist/bench/map-render.js [--links 2000] [--feeds 1.5] [--runs 5] [--elk-runs 2]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath, launchChromium } from '../test/support/browser';
import type { BenchResult, BenchSpec } from './map-render-page';

const root = resolve(__dirname, '..', '..');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : 'n/a');
const line = (label: string, values: number[]) =>
  `  ${label.padEnd(34)} p50 ${ms(percentile(values, 50)).padStart(9)}   p95 ${ms(percentile(values, 95)).padStart(9)}   (n=${values.length})`;

type Bench = {
  render(spec: BenchSpec): Promise<BenchResult>;
  elk(): Promise<number>;
  grid(): Promise<number>;
  startFrames(): void;
  stopFrames(): number[];
};

async function pan(page: Page, steps: number): Promise<number[]> {
  const box = (await page.locator('#cy').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => (window as unknown as { lianpuBench: Bench }).lianpuBench.startFrames());
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    const a = (i / steps) * Math.PI * 2;
    await page.mouse.move(cx + Math.cos(a) * 200 - 200, cy + Math.sin(a) * 120);
  }
  await page.mouse.up();
  return page.evaluate(() => (window as unknown as { lianpuBench: Bench }).lianpuBench.stopFrames());
}

async function main(): Promise<void> {
  const links = arg('links', 2000);
  const feeds = arg('feeds', 1.5);
  const runs = arg('runs', 5);
  const elkRuns = arg('elk-runs', 2);
  const dir = mkdtempSync(join(tmpdir(), 'lianpu-map-bench-'));
  try {
    await build({
      entryPoints: [join(root, 'bench', 'map-render-page.ts')],
      outfile: join(dir, 'bench.js'),
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      logLevel: 'warning',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><meta charset="utf-8"><style>html,body{margin:0;height:100%}#cy{width:1600px;height:900px}</style><div id="cy"></div><script src="bench.js"></script>`,
    );
    const browser = await launchChromium();
    // The test browser runs with --disable-gpu; WebGL needs a (software) GL backend.
    const glBrowser: Browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    });
    const url = pathToFileURL(join(dir, 'index.html')).href;
    console.log(
      `map render benchmark: ${links} links, ~${Math.round(links * feeds)} feeds, 1600×900 viewport, ${runs} runs`,
    );
    try {
      for (const mode of ['default', 'large', 'elk', 'webgl'] as const) {
        if (mode === 'elk') {
          if (elkRuns > 0) {
            const elk: number[] = [];
            for (let run = 0; run < elkRuns; run++) {
              const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
              await page.goto(url);
              await page.evaluate((spec) => (window as unknown as { lianpuBench: Bench }).lianpuBench.render(spec), {
                links,
                feedsPerLink: feeds,
                mode: 'large',
              } satisfies BenchSpec);
              const limit = arg('elk-limit', 180) * 1000;
              const took = await Promise.race([
                page.evaluate(() => (window as unknown as { lianpuBench: Bench }).lianpuBench.elk()),
                new Promise<number>((done) => setTimeout(() => done(Infinity), limit)),
              ]);
              await page.close();
              if (took === Infinity) {
                console.log(`\n[ELK layered layout] did not finish within ${limit / 1000} s`);
                break;
              }
              elk.push(took);
            }
            console.log(`\n[ELK layered layout, large options]`);
            console.log(line('ELK layout + paint', elk));
          }
          continue;
        }
        const paint: number[] = [];
        const build: number[] = [];
        const grid: number[] = [];
        const frames: number[] = [];
        let elements = 0;
        let webgl = false;
        const warnings = new Set<string>();
        let failed = '';
        for (let run = 0; run < runs && !failed; run++) {
          const page = await (mode === 'webgl' ? glBrowser : browser).newPage({
            viewport: { width: 1600, height: 900 },
          });
          page.on('console', (m) => {
            if (m.type() === 'error' || m.type() === 'warning') warnings.add(m.text().slice(0, 120));
          });
          await page.goto(url);
          let r: BenchResult;
          try {
            // WebGL in headless Chromium (software GL) can crash or hang the page: bound it.
            r = await Promise.race([
              page.evaluate((spec) => (window as unknown as { lianpuBench: Bench }).lianpuBench.render(spec), {
                links,
                feedsPerLink: feeds,
                mode,
              } satisfies BenchSpec),
              new Promise<never>((_, fail) =>
                setTimeout(() => fail(new Error('no first paint within 120 s')), 120_000),
              ),
            ]);
          } catch (err) {
            failed = (err as Error).message.split('\n')[0] ?? 'failed';
            await page.close().catch(() => undefined);
            break;
          }
          elements = r.elements;
          webgl = r.webgl;
          paint.push(r.firstPaintMs);
          build.push(r.buildMs);
          grid.push(await page.evaluate(() => (window as unknown as { lianpuBench: Bench }).lianpuBench.grid()));
          frames.push(...(await pan(page, 60)));
          await page.close();
        }
        console.log(
          `\n[${mode}] ${elements} elements${mode === 'webgl' ? `, WebGL renderer ${webgl ? 'on' : 'NOT available'}` : ''}`,
        );
        console.log(line('elements + positions built', build));
        console.log(line('first paint (incl. build)', paint));
        console.log(line('stage-grid layout + paint', grid));
        console.log(line('pan frame time (mouse drag)', frames));
        if (failed) console.log(`  FAILED: ${failed}`);
        for (const w of warnings) console.log(`  note: ${w}`);
      }
    } finally {
      await browser.close();
      await glBrowser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
