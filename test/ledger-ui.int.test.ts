import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Database } from '../server/db/database';
import { start, type RunningServer } from '../server/main';
import { t } from '../client/src/i18n';
import { testConfig, testDatabase, uniquePrefix } from './support/database';
import { deleteTestData, loadTables, testRegionCodes } from './support/dataset';
import { deleteTestChanges, gql, loginToken } from './support/edit-fixture';
import { createTestUser, deleteTestUsers } from './support/users';
import { launchChromium } from './support/browser';

/**
 * The ledger in real headless Chromium (docs/ledger.md): a recruiter logs a follow-up
 * from the targets list (the row then shows its lead), sees a project in the ledger view,
 * is offered only the allowed moves and is told at the field that a stall needs a
 * reason; a viewer sees the public ledger without lead figures or edit controls. One
 * server for the file; every id carries the file's prefix and is deleted afterwards.
 */
const P = uniquePrefix('ledgerui');
const R = testRegionCodes();
const id = (s: string) => `${P}${s}`;
const username = (s: string) => `${P}${s}`.toLowerCase();
const PASSWORD = 'correct horse battery';
const src = { source: 'test fixture', as_of: '2024-06' };

const tables = {
  regions: [
    { code: R.province, name: '台账测试区', level: 'province' },
    { code: R.city, name: '台账测试盟', level: 'city', parent: R.province },
    { code: R.county, name: '台账测试旗', level: 'county', parent: R.city },
    { code: R.otherProvince, name: '台账外省', level: 'province' },
  ],
  chains: [{ id: id('alu'), name: '台账铝链', ...src }],
  links: [
    { id: id('metal'), name: '台账原铝', unit: '万吨', ...src },
    { id: id('foil'), name: '台账铝箔', unit: '万吨', ...src },
  ],
  chain_links: [
    { chain: id('alu'), link: id('metal'), stage: 'midstream', position: 0, ...src },
    { chain: id('alu'), link: id('foil'), stage: 'downstream', position: 0, ...src },
  ],
  feeds: [{ from: id('metal'), to: id('foil'), input_per_unit: 1, ...src }],
  enterprises: [
    { id: id('local'), name: '台账本地铝业', region: R.county, ...src },
    { id: id('far'), name: '台账外省铝箔', region: R.otherProvince, ...src },
  ],
  produces: [
    { enterprise: id('local'), link: id('metal'), status: 'operating', capacity: 100, unit: '万吨', ...src },
    { enterprise: id('far'), link: id('foil'), status: 'operating', capacity: 30, unit: '万吨', ...src },
  ],
};

let db: Database;
let server: RunningServer;
let browser: Browser;
let recruiterToken: string;

beforeAll(async () => {
  db = await testDatabase();
  await loadTables(db, tables);
  server = await start({ config: testConfig(), db, log: () => undefined });
  await createTestUser(db, {
    username: username('recruiter'),
    password: PASSWORD,
    role: 'recruiter',
    regions: [R.city],
  });
  await createTestUser(db, { username: username('viewer'), password: PASSWORD, role: 'viewer' });
  recruiterToken = await loginToken(server, username('recruiter'), PASSWORD);
  // A project signed long ago and never started: in the pipeline and on the overdue list.
  const created = await gql(
    server,
    'mutation ($input: ProjectInput!) { createProject(input: $input) { id } }',
    {
      input: {
        id: id('proj'),
        name: '台账铝箔项目',
        enterprise: id('local'),
        region: R.county,
        link: id('foil'),
        status: 'SIGNED',
        signedOn: '2020-03-15',
        investmentYi: 12,
        capacity: 5,
        unit: '万吨',
      },
    },
    recruiterToken,
  );
  expect(created.errors).toBeUndefined();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (db) {
    const session = db.driver.session();
    try {
      await session.run(
        `MATCH (l:Lead)-[:TARGETS]->(e:Enterprise) WHERE e.id STARTS WITH $p
         OPTIONAL MATCH (f:FollowUp)-[:ABOUT]->(l) DETACH DELETE f, l`,
        { p: P },
      );
      await session.run('MATCH (p:Project)-[:MOVED]->(m:ProjectMove) WHERE p.id STARTS WITH $p DETACH DELETE m', {
        p: P,
      });
    } finally {
      await session.close();
    }
    await deleteTestChanges(db, P);
    await deleteTestUsers(db, P);
    await deleteTestData(db, P, Object.values(R));
    await db.close();
  }
});

const url = (view: string, extra = '') =>
  `${server.url}/?chain=${encodeURIComponent(id('alu'))}&region=${R.city}&view=${view}&lang=zh${extra}`;
const targetsUrl = () => url('targets', `&link=${encodeURIComponent(id('foil'))}`);

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
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && r.method() === 'POST') requests.push(r.postData() ?? '');
  });
  return { context, page, problems, requests };
}

async function signIn(page: Page, who: string): Promise<void> {
  await page.click('#sign-in', { timeout: 30_000 });
  await page.fill('#sign-in-username', who);
  await page.fill('#sign-in-password', PASSWORD);
  await page.click('#sign-in-submit');
  await page.waitForSelector('#sign-in-dialog', { state: 'detached' });
  await page.waitForSelector('#account-who');
}

const farRow = () => `#target-list li[data-firm="${id('far')}"]`;
const projectRow = () => `#ledger-projects tr:has([data-move="${id('proj')}"])`;

test('a recruiter logs a follow-up on a target, then moves a project from the ledger', async () => {
  const { context, page, problems, requests } = await openPage();
  try {
    await page.goto(targetsUrl());
    await signIn(page, username('recruiter'));

    // --- The target row: no lead yet, a follow-up button; the form records a visit.
    await page.waitForSelector(`${farRow()} [data-follow-up]`, { timeout: 60_000 });
    expect(await page.$(`${farRow()} .lead-chip`)).toBeNull();
    await page.click(`${farRow()} [data-follow-up]`);
    await page.waitForSelector('#form-followUp-dialog[open]');
    expect(await page.textContent('#form-followUp-dialog h2')).toBe(
      t('zh', 'followUpFormTitle', { firm: '台账外省铝箔' }),
    );
    await page.selectOption('#form-followUp-kind', 'MEETING');
    await page.fill('#form-followUp-people', '张三|李四');
    await page.fill('#form-followUp-outcome', '有投资意向');
    await page.click('#form-followUp-save');
    await page.waitForSelector('#form-followUp-dialog', { state: 'detached' });
    // The list is read again: the row now shows its open lead.
    await page.waitForSelector(`${farRow()} .lead-chip`, { timeout: 30_000 });
    expect(await page.textContent(`${farRow()} .lead-chip`)).toContain(t('zh', 'leadOpenShort'));

    // --- The ledger view: the project in the pipeline and overdue; the month's leads.
    await page.click('#view-ledger');
    await page.waitForSelector(projectRow(), { timeout: 30_000 });
    expect(await page.textContent(projectRow())).toContain('台账铝箔项目');
    expect(await page.textContent(projectRow())).toContain('签约');
    expect(await page.textContent('#ledger-overdue-table')).toContain('台账铝箔项目');
    expect(await page.textContent('#ledger-pipeline-table')).toContain('台账铝箔');
    await page.waitForSelector('#ledger-leads-table');
    const leadsRow = await page.textContent(`#ledger-leads-table tr:has-text("${t('zh', 'leadsOpened')}")`);
    expect(leadsRow).toContain('1');

    // --- The move control offers only the moves allowed from signed.
    await page.click(`[data-move="${id('proj')}"]`);
    await page.waitForSelector('#form-project-dialog[open]');
    const offered = await page.$$eval('#form-project-to option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual(['', 'STARTED', 'STALLED', 'CANCELLED']);
    expect(offered).not.toContain('PRODUCING');
    expect(await page.$eval('#form-project-status', (s) => (s as HTMLSelectElement).disabled)).toBe(true);

    // A stall without a reason is stopped at the field, before anything is sent.
    await page.selectOption('#form-project-to', 'STALLED');
    const sentBefore = requests.length;
    await page.click('#form-project-save');
    await page.waitForSelector('#form-project-dialog[data-state="invalid"]');
    expect(await page.textContent('#form-project-reason-error')).toBe(t('zh', 'checkMoveReasonSTALLED'));
    expect(await page.getAttribute('#form-project-reason', 'aria-invalid')).toBe('true');
    expect(requests.slice(sentBefore).some((r) => r.includes('moveProject'))).toBe(false);

    // With a reason the move is saved and the ledger shows the project stalled.
    await page.fill('#form-project-reason', '资金未到位');
    await page.click('#form-project-save');
    await page.waitForSelector('#form-project-dialog', { state: 'detached' });
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent?.includes('停滞') ?? false,
      projectRow(),
      { timeout: 30_000 },
    );
    const moves = await gql<{ projectPipeline: { projects: Array<{ id: string; status: string }> } }>(
      server,
      'query ($c: ID!, $r: String!) { projectPipeline(chain: $c, region: $r) { projects { id status } } }',
      { c: id('alu'), r: R.city },
    );
    expect(moves.data!.projectPipeline.projects).toEqual([{ id: id('proj'), status: 'STALLED' }]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a viewer sees the ledger without follow-up figures and without edit controls', async () => {
  const { context, page, problems } = await openPage();
  try {
    await page.goto(url('ledger'));
    await signIn(page, username('viewer'));
    await page.waitForSelector('#ledger-projects', { timeout: 60_000 });
    expect(await page.textContent('#ledger-projects')).toContain('台账铝箔项目');
    expect(await page.textContent('#ledger-pipeline-table')).toContain('台账铝箔');
    expect(await page.$('#ledger-leads-table')).toBeNull();
    expect(await page.$('[data-move]')).toBeNull();
    expect(await page.textContent('#ledger-monthly')).not.toContain(t('zh', 'ledgerLeads'));

    // The targets list: no follow-up button, and the lead the recruiter opened is not shown.
    await page.goto(targetsUrl());
    await page.waitForSelector(farRow(), { timeout: 60_000 });
    expect(await page.$(`${farRow()} [data-follow-up]`)).toBeNull();
    expect(await page.$(`${farRow()} .lead-chip`)).toBeNull();
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
