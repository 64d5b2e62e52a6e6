// A small synthetic ConformanceMatrix for the renderer tests: three runtimes × two targets (one runtime not
// available), four sections, every cell status, a known failure, and messages full of markup and quotes.
import type { ConformanceMatrix, MatrixCell, MatrixColumn, MatrixRow } from '../model.js';

export const HOSTILE_MESSAGE = 'check "a" & \'b\': expected `1` < 2\n</script><img src=x onerror="alert(1)">\nstill text';
export const LONG_MESSAGE = `worker did not exit: ${'waited for exit; '.repeat(150)}end`;

const available = (runtime: string, label: string, target: MatrixColumn['target']) => ({
  id: `${runtime}/${target}`,
  runtime,
  runtimeLabel: label,
  version: label.split(' ')[1],
  target,
  available: true,
});
const unavailable = (runtime: string, target: MatrixColumn['target']) => ({
  id: `${runtime}/${target}`,
  runtime,
  runtimeLabel: runtime,
  target,
  available: false,
  reason: 'deno not found in .cache/runtimes (npm run fetch-runtimes)',
});
const COLUMNS: Omit<MatrixColumn, 'summary'>[] = [
  available('node20', 'Node 20.20.2', 'node:cluster'),
  available('node20', 'Node 20.20.2', 'reference'),
  available('bun', 'Bun 1.4.5', 'node:cluster'),
  available('bun', 'Bun 1.4.5', 'reference'),
  unavailable('deno', 'node:cluster'),
  unavailable('deno', 'reference'),
];

const SECTIONS = [
  { slug: 'how', title: 'How it works', docAnchor: 'how-it-works' },
  { slug: 'worker.kill', title: 'worker.kill([signal])', docAnchor: 'workerkillsignal' },
  { slug: 'cluster.fork', title: 'cluster.fork([env])', docAnchor: 'clusterforkenv' },
  { slug: 'cluster.settings', title: 'cluster.settings', docAnchor: 'clustersettings' },
];

/** Cells that differ from `pass`, keyed by column id; unavailable columns are filled in. */
type Exceptions = Record<string, MatrixCell>;

const ROWS: [clause: string, requirement: string, exceptions: Exceptions][] = [
  ['how-01', 'The primary process listens on a port and hands connections to workers.', {}],
  ['how-02', 'Workers calling `listen()` on one port share it; `server.listen(0)` gets the same port in every worker.', {
    'bun/node:cluster': { status: 'fail', message: HOSTILE_MESSAGE },
  }],
  ['worker.kill-01', 'Without a signal, `worker.kill()` sends `SIGTERM`.', {
    'node20/node:cluster': { status: 'fail', message: 'kill default: exit signal was SIGKILL (F-01)', finding: 'F-01' },
  }],
  ['worker.kill-02', 'In a worker, `kill()` ends the process; a "quoted" & <tagged> edge case.', {
    'bun/reference': { status: 'skip', message: 'signals are not delivered on this platform' },
  }],
  ['worker.kill-03', 'After `kill()`, `worker.exitedAfterDisconnect` is `true`.', {
    'bun/reference': { status: 'fail', message: LONG_MESSAGE },
  }],
  ['cluster.fork-01', '`cluster.fork()` returns a `Worker` whose `id` is unique.', {}],
  ['cluster.fork-02', 'The `env` argument is added to the worker\'s environment.', {
    'node20/reference': { status: 'fail', message: 'env: FOO was undefined\nexpected "bar"' },
    'bun/node:cluster': { status: 'fail', message: 'env: FOO was "" instead of "bar"' },
  }],
  ['cluster.settings-01', 'Before any fork, `cluster.settings` is an object.', {}],
  ['cluster.settings-02', 'Settings `exec` < `args` & `silent` keep their defaults.', {
    'node20/node:cluster': { status: 'skip', message: 'not applicable' },
  }],
];

function row([clause, requirement, exceptions]: (typeof ROWS)[number], index: number): MatrixRow {
  const section = clause.replace(/-\d{2}$/, '');
  const cells = Object.fromEntries(
    COLUMNS.map((c): [string, MatrixCell] => [c.id, c.available ? (exceptions[c.id] ?? { status: 'pass' }) : { status: 'unavailable', message: c.reason }]),
  );
  return {
    clause,
    section,
    kind: 'normative',
    requirement,
    specLine: 40 + index * 3,
    docAnchor: SECTIONS.find((s) => s.slug === section)!.docAnchor,
    tests: [
      { name: `${clause} behaves as documented`, file: 'spec-tests/sample.test.ts', line: 10 + index },
      ...(index % 3 === 0 ? [{ name: `${clause} <edge> & "quotes"`, file: 'property-tests/sample prop.test.ts', line: 5 }] : []),
    ],
    cells,
  };
}

export function sampleMatrix(): ConformanceMatrix {
  const rows = ROWS.map(row);
  const columns = COLUMNS.map((c): MatrixColumn => {
    const cells = c.available ? rows.map((r) => r.cells[c.id]!) : [];
    const count = (s: string) => cells.filter((x) => x.status === s).length;
    return { ...c, summary: { total: cells.length, passed: count('pass'), failed: count('fail'), skipped: count('skip'), durationMs: c.available ? 12_345 : 0 } };
  });
  return {
    generatedAt: '2026-11-26T04:00:00.000Z',
    machine: 'linux x64, 2 cores',
    command: 'npm run matrix -- --runtimes node20,bun,deno',
    suite: { version: '0.1.0', spec: '0123456789ab' },
    sections: SECTIONS,
    columns,
    rows,
  };
}
