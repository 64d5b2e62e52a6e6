// Properties of the matrix's pure parts over generated results and hostile messages (fast-check; replay
// with FC_SEED / FC_PATH, as in property-tests/README.md).
import fc from 'fast-check';
import t from 'tap';
import { currentFcOptions } from '../../property-tests/fc-options.js';
import type { Report, Result, Status } from '../../runner/results.js';
import { parseSpec } from '../../trace/spec-parser.js';
import { sampleSpec } from '../../trace/spec-fixture.js';
import { mergeRounds } from '../merge-rounds.js';
import { buildMatrix, foldCell, type RunOutcome } from '../model.js';
import { renderMarkdown } from '../render-markdown.js';

const options = { ...currentFcOptions(), numRuns: currentFcOptions().runs ?? 300 };
const spec = parseSpec(sampleSpec(), 'SPEC.md');
const clauseIds = spec.clauses.map((c) => c.id);
const FAILING: Status[] = ['fail', 'xfail'];

const status = fc.constantFrom<Status>('pass', 'fail', 'skip', 'xfail', 'xpass');
/** Messages with everything that can break markdown or HTML: pipes, newlines, tags, backticks, Findings. */
const message = fc.array(fc.constantFrom('|', '\n', '\r\n', '<b>', '</script>', '`', '&', '\\', 'F-07', ' (F-12)', 'expected 1', 'é', '*', '#'), { maxLength: 12 }).map((parts) => parts.join(''));
const result = fc.record({ clause: fc.constantFrom(...clauseIds), test: fc.constantFrom('t1', 't2', 't3'), status, durationMs: fc.nat(100), message });

function report(results: Result[]): Report {
  const summary = { total: results.length, passed: 0, failed: 0, skipped: 0, expectedFailures: 0, unexpectedPasses: 0, durationMs: 1 };
  return { suite: { version: '0.1.0', spec: '0123456789ab' }, target: 'node:cluster', runtime: { name: 'node', version: '20.0.0', path: '/bin/node' }, summary, results };
}

t.test('a cell fails exactly when a result fails, is known only when all failures are expected, skips only when all skip', async (t) => {
  fc.assert(
    fc.property(fc.array(result, { minLength: 1, maxLength: 6 }), (results) => {
      const cell = foldCell(results)!;
      const failing = results.filter((r) => FAILING.includes(r.status));
      if ((cell.status === 'fail') !== failing.length > 0) return false;
      if (cell.status === 'skip' && !results.every((r) => r.status === 'skip')) return false;
      const known = failing.length > 0 && failing.every((r) => r.status === 'xfail' && /\bF-\d{2}\b/.test(r.message));
      if ((cell.finding !== undefined) !== known) return false;
      if (cell.finding !== undefined && !failing.some((r) => r.message.includes(cell.finding!))) return false;
      return cell.status !== 'fail' || failing.every((r) => cell.message!.includes(r.message));
    }),
    options,
  );
  t.pass('held');
});

t.test('merged rounds fail a result exactly when some round failed it, and call it intermittent exactly when not all did', async (t) => {
  // Rounds of the same checks: the same (test, clause) keys, statuses and messages varying per round.
  const keys = fc.uniqueArray(fc.record({ clause: fc.constantFrom(...clauseIds), test: fc.constantFrom('t1', 't2', 't3') }), { minLength: 1, maxLength: 5, selector: (k) => `${k.test}/${k.clause}` });
  const rounds = keys.chain((ks) => fc.array(fc.tuple(...ks.map(() => fc.tuple(status, message))), { minLength: 1, maxLength: 4 }).map((rs) => ({ ks, rs })));
  fc.assert(
    fc.property(rounds, ({ ks, rs }) => {
      const outcomes: RunOutcome[] = rs.map((round) => ({ runtime: 'x', target: 'reference', report: report(ks.map((k, i) => ({ ...k, status: round[i][0], durationMs: 1, message: round[i][1] }))) }));
      const merged = mergeRounds(outcomes).report!.results;
      return ks.every((_, i) => {
        const failedIn = rs.filter((round) => FAILING.includes(round[i][0])).length;
        const failing = FAILING.includes(merged[i].status);
        const intermittent = merged[i].message.startsWith(`intermittent: failed in ${failedIn} of ${rs.length} runs\n`);
        return failing === failedIn > 0 && intermittent === (failedIn > 0 && failedIn < rs.length);
      });
    }),
    options,
  );
  t.pass('held');
});

t.test('CONFORMANCE.md tables keep their shape whatever the messages hold', async (t) => {
  const runs = fc.array(fc.array(result, { maxLength: 8 }), { minLength: 1, maxLength: 4 });
  fc.assert(
    fc.property(runs, (perRun) => {
      const outcomes: RunOutcome[] = perRun.map((results, i) => ({ runtime: `r${i >> 1}`, target: i % 2 === 0 ? 'node:cluster' : 'reference', report: report(results) }));
      const md = renderMarkdown(buildMatrix({ clauses: spec.clauses, sections: spec.sections, tags: [], outcomes, generatedAt: 'g', machine: 'm', command: 'c' }), { spec: 'SPEC.md', html: 'h', json: 'j' });
      const cells = (line: string) => line.split(/(?<!\\)\|/).length;
      const lines = md.split('\n');
      return lines.every((line, i) => {
        if (!line.startsWith('|')) return !/<(?!br>|!--)/.test(line) || line.startsWith('<!--');
        const header = lines.slice(0, i + 1).reverse().find((l, j, above) => l.startsWith('|') && !(above[j + 1] ?? '').startsWith('|'))!;
        return cells(line) === cells(header) && !line.includes('<b>') && !line.includes('</script>');
      });
    }),
    options,
  );
  t.pass('held');
});
