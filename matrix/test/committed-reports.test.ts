// The committed CONFORMANCE.md and conformance/index.html are exactly what conformance/matrix.json renders
// to, with SPEC.md and the test sources as they are now: nobody edited them by hand, and no clause moved
// or vanished since. The fix for a failure here: `npm run matrix` (or `npm run matrix -- --render-only`).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { currentSpec } from '../current-spec.js';
import { refreshMetadata, type ConformanceMatrix } from '../model.js';
import { renderReports, reportPaths } from '../write-reports.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const paths = reportPaths(ROOT);

t.test('the committed reports are rendered from the committed matrix.json and the current SPEC.md', async (t) => {
  t.ok(existsSync(paths.json), 'conformance/matrix.json is committed');
  if (!existsSync(paths.json)) return;
  const committed = JSON.parse(readFileSync(paths.json, 'utf8')) as ConformanceMatrix;
  const { clauses, tags } = currentSpec(ROOT);
  const ids = new Set(clauses.map((c) => c.id));
  t.same(committed.rows.filter((r) => !ids.has(r.clause)).map((r) => r.clause), [], 'every clause of the matrix is in SPEC.md');
  const expected = renderReports(refreshMetadata(committed, clauses, tags), paths, ROOT);
  const hint = 'stale: run `npm run matrix -- --render-only` (or `npm run matrix`)';
  t.equal(readFileSync(paths.json, 'utf8'), expected.json, `matrix.json metadata is current (${hint})`);
  t.equal(readFileSync(paths.markdown, 'utf8'), expected.markdown, `CONFORMANCE.md (${hint})`);
  t.equal(readFileSync(paths.html, 'utf8'), expected.html, `conformance/index.html (${hint})`);
  t.ok(committed.columns.length >= 12, 'every runtime × target is a column');
});
