// The HTML report in a real (headless) Chromium, opened from file://: filters, the URL hash, the message panel,
// and that the page requests nothing but itself. Skips when Chromium is not installed; never downloads one.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import t from 'tap';
import type { ConformanceMatrix, MatrixRow } from '../model.js';
import { renderHtml } from '../render-html.js';
import { HOSTILE_MESSAGE, sampleMatrix } from './sample-matrix.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `Chromium not installed at ${CHROMIUM} (apt-get install chromium)`;
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

t.setTimeout(150_000);

let context: BrowserContext | undefined;
const profile = mkdtempSync(join(tmpdir(), 'matrix-browser-profile-'));
t.teardown(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** One browser for the file, with a fresh profile; every request that is not file:// is refused and recorded. */
async function openPage(problems: string[]): Promise<Page> {
  context ??= await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, timeout: 30_000, viewport: { width: 1366, height: 860 } });
  const page = await context.newPage();
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    problems.push(`request: ${url}`);
    return route.abort();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return page;
}

const visibleClauses = (page: Page) => page.locator('tr[data-clause]:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.clause));
const clausesOf = (rows: MatrixRow[]) => rows.map((r) => r.clause);

t.test('the sample report: filters, URL hash, message panel', { skip, timeout: 60_000 }, async (t) => {
  const matrix = sampleMatrix();
  const dir = mkdtempSync(join(tmpdir(), 'matrix-html-'));
  const file = join(dir, 'index.html');
  writeFileSync(file, renderHtml(matrix, { spec: '../SPEC.md', source: '../' }));
  const problems: string[] = [];
  const page = await openPage(problems);
  await page.goto(pathToFileURL(file).href);
  t.same(await visibleClauses(page), clausesOf(matrix.rows), 'every row shown at first');
  t.equal(await page.textContent('#shown-count'), `${matrix.rows.length} of ${matrix.rows.length} clauses shown`);

  // Expectations come from the data: a section, then the rows of it with a failing cell.
  const section = 'worker.kill';
  const inSection = matrix.rows.filter((r) => r.section === section);
  const failing = inSection.filter((r) => Object.values(r.cells).some((c) => c.status === 'fail'));
  t.ok(failing.length > 0 && failing.length < inSection.length, 'the sample makes the status filter matter');
  await page.selectOption('#section-filter', section);
  t.same(await visibleClauses(page), clausesOf(inSection), 'section filter');
  await page.selectOption('#status-filter', 'fail');
  t.same(await visibleClauses(page), clausesOf(failing), 'section and status filters');
  t.equal(await page.textContent('#shown-count'), `${failing.length} of ${matrix.rows.length} clauses shown`);
  t.same(await page.locator('tr[data-section-head]:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.sectionHead)), [section]);
  t.equal(new URL(page.url()).hash, `#section=${section}&status=fail`);

  await page.reload();
  t.equal(await page.inputValue('#section-filter'), section, 'section restored from the hash');
  t.equal(await page.inputValue('#status-filter'), 'fail', 'status restored from the hash');
  t.same(await visibleClauses(page), clausesOf(failing), 'same rows after reload');

  const onReference = (r: MatrixRow) => matrix.columns.some((c) => c.target === 'reference' && r.cells[c.id]?.status === 'fail');
  await page.goto(`${pathToFileURL(file).href}#status=fail-reference`);
  t.same(await visibleClauses(page), clausesOf(matrix.rows.filter(onReference)), 'a linked filter applies on load');
  await page.selectOption('#status-filter', 'any');
  await page.fill('#search', 'EXITEDAFTER');
  t.same(await visibleClauses(page), clausesOf(matrix.rows.filter((r) => r.requirement.toLowerCase().includes('exitedafter'))), 'search');
  t.equal(new URL(page.url()).hash, '#q=EXITEDAFTER');
  await page.fill('#search', '');
  t.equal(new URL(page.url()).hash, '', 'no filter, no hash');
  const shot = join(dir, 'matrix.png');
  await page.screenshot({ path: shot, fullPage: true });
  t.comment(`screenshot: ${shot}`);
  if (process.env.MATRIX_SCREENSHOT) writeFileSync(process.env.MATRIX_SCREENSHOT, readFileSync(shot));

  await page.click('tr[data-clause="how-02"] td[data-column="bun/node:cluster"] button');
  t.ok(await page.isVisible('#details'), 'a click opens the message panel');
  t.equal(await page.textContent('#details-message'), HOSTILE_MESSAGE, 'with the whole message, as text');
  t.equal(await page.locator('img').count(), 0, 'no element made from the message');
  await page.focus('tr[data-clause="worker.kill-01"] td[data-column="node20/node:cluster"] button');
  await page.keyboard.press('Enter');
  t.match(await page.textContent('#details-title'), /worker\.kill-01 on Node 20\.20\.2 \/ built-in: fail \(known failure, Finding F-01\)/, 'keyboard opens it too');
  t.equal(await page.textContent('#details-message'), matrix.rows.find((r) => r.clause === 'worker.kill-01')!.cells['node20/node:cluster']!.message);

  await page.screenshot({ path: join(dir, 'matrix-message.png') });
  t.comment(`screenshot with the message panel: ${join(dir, 'matrix-message.png')}`);
  await page.keyboard.press('Escape');
  t.notOk(await page.isVisible('#details'), 'Escape closes the panel');
  t.same(problems, [], 'no request beyond the file, no script error, no dialog');
  await page.close();
});

const report = join(ROOT, 'conformance', 'index.html');
const noReport = skip || (existsSync(report) ? false : `no committed report at ${report}`);

t.test('the committed report shows every clause of matrix.json and filters', { skip: noReport, timeout: 60_000 }, async (t) => {
  const matrix = JSON.parse(readFileSync(join(ROOT, 'conformance', 'matrix.json'), 'utf8')) as ConformanceMatrix;
  const problems: string[] = [];
  const page = await openPage(problems);
  await page.goto(pathToFileURL(report).href);
  t.same(await visibleClauses(page), clausesOf(matrix.rows), 'one row per clause of matrix.json');
  const section = matrix.sections.at(-1)!.slug;
  await page.selectOption('#section-filter', section);
  t.same(await visibleClauses(page), clausesOf(matrix.rows.filter((r) => r.section === section)), `section ${section}`);
  await page.selectOption('#section-filter', 'all');
  await page.selectOption('#status-filter', 'fail');
  t.same(await visibleClauses(page), clausesOf(matrix.rows.filter((r) => Object.values(r.cells).some((c) => c.status === 'fail'))), 'some failure');
  t.same(problems, [], 'no request beyond the file, no script error, no dialog');
  await page.close();
});
