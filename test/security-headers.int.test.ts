import type { Core } from 'cytoscape';
import { start, type RunningServer } from '../server/main';
import type { Database } from '../server/db/database';
import { CONTENT_SECURITY_POLICY } from '../server/http/security-headers';
import { launchChromium } from './support/browser';
import { testConfig, testDatabase, uniquePrefix } from './support/database';
import { deleteTestData, loadTables, testRegionCodes } from './support/dataset';

/**
 * Security headers and CORS over real HTTP, and the built front end drawing a map and
 * making a PNG under the Content-Security-Policy in headless Chromium (a policy the app
 * breaks under would be worse than none).
 */
const P = uniquePrefix('headers');
const R = testRegionCodes();
const id = (s: string) => `${P}${s}`;
const src = { source: 'test fixture', as_of: '2024-06' };
const LISTED = 'https://planner.example';

let db: Database;
let server: RunningServer;
let tls: RunningServer;

beforeAll(async () => {
  db = await testDatabase();
  await loadTables(db, {
    regions: [
      { code: R.province, name: '测试省', level: 'province' },
      { code: R.city, name: '测试市', level: 'city', parent: R.province },
      { code: R.county, name: '测试县', level: 'county', parent: R.city },
    ],
    chains: [{ id: id('chain'), name: '测试头链', name_en: 'Header chain', ...src }],
    links: [
      { id: id('ore'), name: '测试矿', unit: '万吨', ...src },
      { id: id('metal'), name: '测试金属', unit: '万吨', ...src },
      { id: id('sheet'), name: '测试板带', unit: '万吨', ...src },
      { id: id('foil'), name: '测试铝箔', unit: '万吨', ...src },
    ],
    chain_links: [
      { chain: id('chain'), link: id('ore'), stage: 'upstream', position: 0, ...src },
      { chain: id('chain'), link: id('metal'), stage: 'midstream', position: 0, ...src },
      { chain: id('chain'), link: id('sheet'), stage: 'downstream', position: 0, ...src },
      { chain: id('chain'), link: id('foil'), stage: 'downstream', position: 1, ...src },
    ],
    feeds: [
      { from: id('ore'), to: id('metal'), input_per_unit: 2, ...src },
      { from: id('metal'), to: id('sheet'), input_per_unit: 1.05, ...src },
      { from: id('metal'), to: id('foil'), ...src },
    ],
    enterprises: [
      { id: id('smelter'), name: '测试冶炼厂', region: R.county, ownership: 'private', ...src },
      { id: id('roller'), name: '测试轧制厂', region: R.city, ownership: 'private', ...src },
    ],
    produces: [
      { enterprise: id('smelter'), link: id('metal'), capacity: 10, unit: '万吨', status: 'operating', ...src },
    ],
  });
  const config = testConfig();
  server = await start({
    config: { ...config, http: { ...config.http, corsOrigins: [LISTED] } },
    db,
    log: () => undefined,
  });
  tls = await start({ config: { ...config, http: { ...config.http, hsts: true } }, db, log: () => undefined });
});

afterAll(async () => {
  await server?.stop();
  await tls?.stop();
  if (db) await deleteTestData(db, P, Object.values(R));
  await db?.close();
});

const graphql = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ health { ok } }' }),
  });

describe('security headers', () => {
  it.each(['/', '/index.html', '/app.js', '/healthz', '/graphql'])('%s has the hardening headers', async (path) => {
    const res = path === '/graphql' ? await graphql(server.url) : await fetch(`${server.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
    // Not behind TLS unless configured: browsers would pin HTTPS for a year.
    expect(res.headers.get('strict-transport-security')).toBeNull();
    // The page policy is for pages; Apollo's landing page at /graphql brings its own.
    expect(res.headers.get('content-security-policy')).toBe(path === '/graphql' ? null : CONTENT_SECURITY_POLICY);
  });

  it('sends Strict-Transport-Security only when LIANPU_HSTS is set', async () => {
    const res = await fetch(`${tls.url}/`);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('the policy forbids framing, inline and foreign scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    // Inline style only: Cytoscape injects a <style> element (the browser test below fails without it).
    expect(CONTENT_SECURITY_POLICY.match(/unsafe-inline/g)).toHaveLength(1);
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self' 'unsafe-inline'");
  });
});

describe('CORS', () => {
  it('same-origin requests (the front end) work without any CORS header', async () => {
    const res = await graphql(server.url, { origin: server.url });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('a listed origin gets its own origin back, with credentials, and its preflight answered', async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: LISTED,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(preflight.headers.get('vary')).toMatch(/Origin/);

    const res = await graphql(server.url, { origin: LISTED });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('an unlisted origin gets no CORS headers and its preflight is refused, so a write never starts', async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const res = await graphql(server.url, { origin: 'https://evil.example' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('with no list configured (the default), no origin is allowed', async () => {
    const res = await graphql(tls.url, { origin: LISTED });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

test('the built front end draws a map and makes a PNG under the policy, with no violation', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    // Uncaught errors too: a script the policy breaks often fails this way.
    page.on('pageerror', (e) => violations.push(e.message));
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    await page.goto(`${server.url}/?chain=${encodeURIComponent(id('chain'))}&region=${R.city}&lang=zh`);
    // The script ran and reached the API (connect-src), and the map was laid out and drawn.
    await page.waitForSelector('#cy[data-state="ready"]', { timeout: 60_000 }).catch((error: Error) => {
      throw new Error(`${error.message}\nviolations and page errors: ${violations.join(' | ') || 'none'}`);
    });
    expect(
      await page.evaluate(() => (window as unknown as { lianpuCy: Core }).lianpuCy.nodes().length),
    ).toBeGreaterThan(0);
    expect(await page.textContent('#chain-select')).toContain('测试头链');

    // The PNG export as the toolbar makes it, then shown from a blob: URL and a data: URL.
    const shown = await page.evaluate(async () => {
      const cy = (window as unknown as { lianpuCy: Core }).lianpuCy;
      const blob = (await cy.png({ full: true, output: 'blob-promise' })) as Blob;
      const load = (src: string) =>
        new Promise<boolean>((resolve) => {
          const img = new Image();
          img.onload = () => resolve(true);
          img.onerror = () => resolve(false);
          img.src = src;
        });
      const dataUrl = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsDataURL(blob);
      });
      return { size: blob.size, blob: await load(URL.createObjectURL(blob)), data: await load(dataUrl) };
    });
    expect(shown.size).toBeGreaterThan(1000);
    expect(shown).toMatchObject({ blob: true, data: true });
    await page.waitForTimeout(500);
    expect(violations).toEqual([]);
  } finally {
    await browser.close();
  }
});
