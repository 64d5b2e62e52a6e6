// The npm-test sample of `npm run teeth`: a few quick planted modules, spread over the corpus, are each caught
// (against a baseline limited to their clauses). It writes to a temporary directory, never to the committed files.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { runCli } from '../../runner/test/run-cli.js';
import type { TeethResults } from '../model.js';

const TEETH = fileURLToPath(new URL('../cli.js', import.meta.url));
const SAMPLE = 3;
// Stopped with SIGTERM when over time, so that it takes its runs down with it.
const teeth = (args: string[], timeoutMs = 120_000) => runCli(args, timeoutMs, TEETH, 'SIGTERM');

t.setTimeout(180_000);

t.test(`a sample of ${SAMPLE} planted modules is caught`, async (t) => {
  const out = mkdtempSync(path.join(tmpdir(), 'cc-teeth-test-'));
  t.teardown(() => rmSync(out, { recursive: true, force: true }));
  const started = Date.now();
  const run = await teeth(['--sample', String(SAMPLE), '--out', out]);
  t.comment(`npm run teeth -- --sample ${SAMPLE}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  t.equal(run.code, 0, 'exit 0', { stdout: run.stdout, stderr: run.stderr });
  const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')) as TeethResults;
  t.equal(results.modules.length, SAMPLE, 'modules run');
  for (const module of results.modules) {
    for (const verdict of module.verdicts) t.equal(verdict.outcome, 'caught', `${module.file} breaks ${verdict.clause}: ${verdict.note ?? ''}`);
  }
  t.match(readFileSync(path.join(out, 'TEETH.md'), 'utf8'), /^# Teeth/, 'TEETH.md written next to it');
});

t.test('a selection that names nothing, or re-rendering without results, is a usage error', async (t) => {
  const out = mkdtempSync(path.join(tmpdir(), 'cc-teeth-test-'));
  t.teardown(() => rmSync(out, { recursive: true, force: true }));
  const none = await teeth(['--only', 'no.such-01', '--out', out]);
  t.equal(none.code, 2);
  t.match(none.stderr, /--only: no planted module breaks or is named no\.such-01/);
  const render = await teeth(['--render-only', '--out', out]);
  t.equal(render.code, 2);
  t.match(render.stderr, /--render-only: .*results\.json does not exist/);
  const missing = await teeth(['--only', 'worker.kill-01', '--out', path.join(out, 'no-such-dir')]);
  t.equal(missing.code, 2, 'an --out directory that does not exist is refused before anything runs');
  t.match(missing.stderr, /--out: directory .*no-such-dir does not exist/);
});
