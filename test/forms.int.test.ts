import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Database } from '../server/db/database';
import { start, type RunningServer } from '../server/main';
import { t } from '../client/src/i18n';
import { problemText } from '../client/src/forms/validate';
import { testConfig, testDatabase, uniquePrefix } from './support/database';
import { deleteTestData, loadTables, testRegionCodes } from './support/dataset';
import { deleteTestChanges, gql, loginToken } from './support/edit-fixture';
import { createTestUser, deleteTestUsers } from './support/users';
import { launchChromium } from './support/browser';

/**
 * The sign-in and the edit forms in real headless Chromium, against a real server with
 * closed reads (`LIANPU_READ_ACCESS=login`) on the integration Neo4j: signing in, editing
 * a firm, client-side checks before any request, server refusals at their field, a new
 * project in the gap analysis, and no edit buttons for a viewer. One server for the file;
 * every id carries the file's prefix and is deleted afterwards.
 */
const P = uniquePrefix('forms');
const R = testRegionCodes();
const id = (s: string) => `${P}${s}`;
const username = (s: string) => `${P}${s}`.toLowerCase();
const PASSWORD = 'correct horse battery';
const src = { source: 'test fixture', as_of: '2024-06' };

const tables = {
  regions: [
    { code: R.province, name: '表单测试区', level: 'province' },
    { code: R.city, name: '表单测试盟', level: 'city', parent: R.province },
    { code: R.county, name: '表单测试旗', level: 'county', parent: R.city },
    { code: R.otherProvince, name: '表单外省', level: 'province' },
  ],
  chains: [{ id: id('alu'), name: '表单铝链', ...src }],
  links: [
    { id: id('ore'), name: '表单铝土矿', unit: '万吨', ...src },
    { id: id('metal'), name: '表单原铝', unit: '万吨', ...src },
    { id: id('foil'), name: '表单铝箔', unit: '万吨', ...src },
  ],
  chain_links: [
    { chain: id('alu'), link: id('ore'), stage: 'upstream', position: 0, ...src },
    { chain: id('alu'), link: id('metal'), stage: 'midstream', position: 0, ...src },
    { chain: id('alu'), link: id('foil'), stage: 'downstream', position: 0, ...src },
  ],
  feeds: [
    { from: id('ore'), to: id('metal'), input_per_unit: 2, ...src },
    { from: id('metal'), to: id('foil'), input_per_unit: 1, ...src },
  ],
  enterprises: [{ id: id('firm'), name: '表单本地铝业', region: R.county, ...src }],
  produces: [{ enterprise: id('firm'), link: id('metal'), status: 'operating', capacity: 100, unit: '万吨', ...src }],
};

let db: Database;
let server: RunningServer;
let browser: Browser;
let recruiterToken: string;

beforeAll(async () => {
  db = await testDatabase();
  await loadTables(db, tables);
  const base = testConfig();
  server = await start({ config: { ...base, auth: { ...base.auth, readAccess: 'login' } }, db, log: () => undefined });
  await createTestUser(db, {
    username: username('recruiter'),
    password: PASSWORD,
    role: 'recruiter',
    regions: [R.city],
  });
  await createTestUser(db, { username: username('viewer'), password: PASSWORD, role: 'viewer' });
  recruiterToken = await loginToken(server, username('recruiter'), PASSWORD);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (db) {
    await deleteTestChanges(db, P);
    await deleteTestUsers(db, P);
    await deleteTestData(db, P, Object.values(R));
    await db.close();
  }
});

const mapUrl = (extra = '') =>
  `${server.url}/?chain=${encodeURIComponent(id('alu'))}&region=${R.county}&lang=zh${extra}`;

interface Watched {
  context: BrowserContext;
  page: Page;
  /** Content-Security-Policy violations and uncaught page errors. */
  problems: string[];
  /** Bodies of the GraphQL requests sent. */
  requests: string[];
}

async function openPage(): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 950 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && r.method() === 'POST') requests.push(r.postData() ?? '');
  });
  return { context, page, problems, requests };
}

async function signIn(page: Page, who: string, password = PASSWORD): Promise<void> {
  await page.fill('#sign-in-username', who);
  await page.fill('#sign-in-password', password);
  await page.click('#sign-in-submit');
}

/** The map has its links (Cytoscape drew the chain). */
async function mapDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const cy = (window as unknown as { lianpuCy?: { nodes(s: string): { length: number } } }).lianpuCy;
      return cy !== undefined && cy.nodes('.link').length === 3;
    },
    undefined,
    { timeout: 60_000 },
  );
}

test('closed reads: the sign-in form, a wrong password, then the map; a recruiter edits through the forms', async () => {
  const { context, page, problems, requests } = await openPage();
  try {
    await page.goto(mapUrl());
    // Reads need a login: the sign-in form opens by itself, saying why.
    await page.waitForSelector('#sign-in-dialog[open]', { timeout: 30_000 });
    expect(await page.textContent('#sign-in-dialog')).toContain(t('zh', 'signInNeeded'));

    await signIn(page, username('recruiter'), 'not the password');
    await page.waitForSelector('#sign-in-error:not([hidden])');
    expect(await page.textContent('#sign-in-error')).toBe(t('zh', 'loginWrong'));
    expect(await page.inputValue('#sign-in-username')).toBe(username('recruiter'));

    await signIn(page, username('recruiter'));
    await page.waitForSelector('#sign-in-dialog', { state: 'detached' });
    await mapDrawn(page);
    const who = await page.textContent('#account-who');
    expect(who).toContain(t('zh', 'roleRECRUITER'));
    expect(who).toContain('表单测试盟');

    // --- Edit the firm from its panel: the change shows, with the note in the audit trail.
    await page.goto(mapUrl(`&firm=${encodeURIComponent(id('firm'))}`));
    await page.waitForSelector('#firm-edit-actions');
    await page.click('#firm-edit-actions [data-edit="firm"]');
    await page.waitForSelector('#form-enterprise-dialog[open]');
    expect(await page.inputValue('#form-enterprise-name')).toBe('表单本地铝业');
    await page.fill('#form-enterprise-name', '表单本地铝业（更名）');
    await page.fill('#form-enterprise-employees', '250');
    await page.fill('#form-enterprise-note', '表单测试：更名');
    await page.click('#form-enterprise-save');
    await page.waitForSelector('#form-enterprise-dialog', { state: 'detached' });
    await page.waitForFunction(
      () => document.querySelector('#firm-panel h2')?.textContent === '表单本地铝业（更名）',
      undefined,
      { timeout: 30_000 },
    );
    const audit = await gql<{ changes: { changes: Array<{ action: string; note: string; after: string }> } }>(
      server,
      'query ($e: ID!) { changes(enterprise: $e, first: 5) { changes { action note after } } }',
      { e: id('firm') },
      recruiterToken,
    );
    expect(audit.errors).toBeUndefined();
    const change = audit.data!.changes.changes[0]!;
    expect(change).toMatchObject({ action: 'UPDATE', note: '表单测试：更名' });
    expect(JSON.parse(change.after)).toEqual({ name: '表单本地铝业（更名）', employees: 250 });

    // --- A refusal by the server (a region outside the recruiter's scope) shows at the
    // field, and everything typed stays.
    await page.click('#firm-edit-actions [data-edit="firm"]');
    await page.waitForSelector('#form-enterprise-dialog[open]');
    await page.fill('#form-enterprise-region-input', R.otherProvince);
    await page.fill('#form-enterprise-website', 'https://example.test');
    await page.click('#form-enterprise-save');
    await page.waitForSelector('#form-enterprise-dialog[data-state="refused"]');
    const regionError = await page.textContent('#form-enterprise-region-error');
    expect(regionError).toContain('表单测试盟');
    expect(regionError).toContain(t('zh', 'serverForbidden', { message: '' }));
    expect(await page.getAttribute('#form-enterprise-region-input', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#form-enterprise-region-input')).toBe(R.otherProvince);
    expect(await page.inputValue('#form-enterprise-website')).toBe('https://example.test');
    await page.click('#form-enterprise-dialog .form-actions button[type="button"]');
    await page.waitForSelector('#form-enterprise-dialog', { state: 'detached' });

    // --- An invalid capacity is caught at the field before any request is sent.
    await page.click('#firm-edit-actions [data-edit="add-production"]');
    await page.waitForSelector('#form-production-dialog[open]');
    await page.fill('#form-production-link-input', id('foil'));
    await page.fill('#form-production-capacity', '-5');
    await page.fill('#form-production-unit', '万吨');
    const sentBefore = requests.length;
    await page.click('#form-production-save');
    await page.waitForSelector('#form-production-dialog[data-state="invalid"]');
    expect(await page.textContent('#form-production-capacity-error')).toBe(
      problemText('zh', { key: 'checkNegative', params: { text: '-5' } }),
    );
    expect(requests.slice(sentBefore).filter((body) => body.includes('createProduction'))).toEqual([]);
    // Corrected, it is saved and the firm's panel lists it.
    await page.fill('#form-production-capacity', '12');
    await page.click('#form-production-save');
    await page.waitForSelector('#form-production-dialog', { state: 'detached' });
    await page.waitForSelector(`#firm-edit-actions [data-edit="production-${id('foil')}-OPERATING"]`, {
      timeout: 30_000,
    });

    // --- A new project from the gap panel of a link: an unknown link id is refused at
    // the link field; corrected, the project is in the chain summary and the link's panel.
    const summaryBefore = await gql<{ chainSummary: { projects: { signed: number } } }>(
      server,
      'query ($c: ID!, $r: String!) { chainSummary(chain: $c, region: $r) { projects { signed } } }',
      { c: id('alu'), r: R.county },
      recruiterToken,
    );
    expect(summaryBefore.data!.chainSummary.projects.signed).toBe(0);
    await page.goto(mapUrl(`&link=${encodeURIComponent(id('ore'))}`));
    await page.waitForSelector('#link-edit-actions');
    await page.click('#link-edit-actions [data-edit="new-project"]');
    await page.waitForSelector('#form-project-dialog[open]');
    // Prefilled from the panel: the link and the region of the view.
    expect(await page.inputValue('#form-project-link-input')).toBe('表单铝土矿');
    expect(await page.inputValue('#form-project-region-input')).toBe('表单测试旗');
    await page.fill('#form-project-id', id('proj'));
    await page.fill('#form-project-name', '表单新建铝土矿项目');
    await page.fill('#form-project-investmentYi', '3.5');
    await page.fill('#form-project-signedOn', '2025-03');
    await page.fill('#form-project-link-input', id('no-such-link'));
    await page.click('#form-project-save');
    await page.waitForSelector('#form-project-dialog[data-state="refused"]');
    expect(await page.textContent('#form-project-link-error')).toContain(id('no-such-link'));
    expect(await page.inputValue('#form-project-name')).toBe('表单新建铝土矿项目');
    expect(await page.inputValue('#form-project-link-input')).toBe(id('no-such-link'));
    // The link chosen with the picker's search this time.
    await page.fill('#form-project-link-input', '表单铝土');
    await page.waitForSelector(`#form-project-link-list li[data-id="${id('ore')}"]`, { timeout: 30_000 });
    await page.dispatchEvent(`#form-project-link-list li[data-id="${id('ore')}"]`, 'mousedown');
    expect(await page.textContent('#form-project-link-chosen')).toContain(id('ore'));
    await page.click('#form-project-save');
    await page.waitForSelector('#form-project-dialog', { state: 'detached' });
    await page.waitForFunction(
      (name) => document.querySelector('#link-panel .link-projects')?.textContent?.includes(name) === true,
      '表单新建铝土矿项目',
      { timeout: 30_000 },
    );
    const summaryAfter = await gql<{ chainSummary: { projects: { signed: number } } }>(
      server,
      'query ($c: ID!, $r: String!) { chainSummary(chain: $c, region: $r) { projects { signed } } }',
      { c: id('alu'), r: R.county },
      recruiterToken,
    );
    expect(summaryAfter.data!.chainSummary.projects.signed).toBe(1);

    // --- Signing out closes the page again.
    await page.click('#sign-out');
    await page.waitForSelector('#sign-in-dialog[open]', { timeout: 30_000 });
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a viewer reads the map but gets no edit buttons', async () => {
  const { context, page, problems } = await openPage();
  try {
    await page.goto(mapUrl(`&firm=${encodeURIComponent(id('firm'))}&link=${encodeURIComponent(id('metal'))}`));
    await page.waitForSelector('#sign-in-dialog[open]', { timeout: 30_000 });
    await signIn(page, username('viewer'));
    await page.waitForSelector('#sign-in-dialog', { state: 'detached' });
    await mapDrawn(page);
    expect(await page.textContent('#account-who')).toContain(t('zh', 'roleVIEWER'));
    // Both panels are drawn, with their content, but without an edit section.
    await page.waitForFunction(() => document.querySelector('#firm-panel .facts') !== null, undefined, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => document.querySelector('#link-panel table.firms') !== null, undefined, {
      timeout: 30_000,
    });
    expect(await page.$$('#firm-edit-actions, #link-edit-actions, #new-firm, [data-edit]')).toHaveLength(0);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
