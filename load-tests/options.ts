// Command line of `npm run load` (pure: argv in, options out, clear errors).
import { parseArgs } from 'node:util';
import { operationNames, type OperationName } from './operations.js';
import { scenarioNames, type ScenarioName, type ScenarioSettings } from './scenarios.js';
import type { Policy } from './server-handle.js';

export interface LoadOptions {
  quick: boolean;
  targets: string[];
  policies: Policy[];
  workers: number[];
  reps: number;
  scenarios: ScenarioName[];
  settings: ScenarioSettings;
  operations: OperationName[];
  /** Policies the operations run under (quick: only the first). */
  operationPolicies: Policy[];
  /** Workers of the server the operations run on. */
  operationWorkers: number;
  outDir: string;
}

export const usage = `usage: npm run load -- [options]
  --quick               reduced set: 2 and 4 workers, 1 s runs, operations under the first
                        policy only and without rolling-restart-plain; under 2 minutes
  --targets LIST        node:cluster, reference or a module path (default node:cluster,reference)
  --policies LIST       rr, none (default rr,none)
  --workers LIST        worker counts (default 2,4,8)
  --reps N              repetitions of each target × policy, run alternately (default 3)
  --duration S          seconds per autocannon scenario (default 5)
  --connections N       autocannon connections (default 10)
  --scenarios LIST      ${scenarioNames.join(', ')} (default all)
  --operations LIST     ${operationNames.join(', ')}, or none (default all)
  --out DIR             results folder (default load-tests/results/full or …/quick)`;

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function oneOf<T extends string>(flag: string, values: string[], allowed: readonly T[]): T[] {
  for (const v of values) {
    if (!allowed.includes(v as T)) throw new Error(`--${flag}: unknown value '${v}'; expected ${allowed.join(', ')}`);
  }
  return values as T[];
}

function positive(flag: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${flag}: expected an integer from 1 to ${max}, got '${value}'`);
  return n;
}

export function parseOptions(argv: string[]): LoadOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      quick: { type: 'boolean', default: false },
      targets: { type: 'string' },
      policies: { type: 'string' },
      workers: { type: 'string' },
      reps: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      scenarios: { type: 'string' },
      operations: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const quick = values.quick ?? false;
  const workers = list(values.workers ?? (quick ? '2,4' : '2,4,8')).map((w) => positive('workers', w, 32));
  const defaultOperations = quick ? operationNames.filter((o) => o !== 'rolling-restart-plain') : operationNames;
  const operations = values.operations === 'none' ? [] : oneOf('operations', list(values.operations ?? defaultOperations.join(',')), operationNames);
  const policies = oneOf('policies', list(values.policies ?? 'rr,none'), ['rr', 'none'] as const);
  const targets = list(values.targets ?? 'node:cluster,reference');
  if (targets.length === 0) throw new Error('--targets: give at least one target');
  return {
    quick,
    targets,
    policies,
    workers,
    reps: positive('reps', values.reps ?? '3', 50),
    scenarios: oneOf('scenarios', list(values.scenarios ?? scenarioNames.join(',')), scenarioNames),
    settings: {
      durationSec: positive('duration', values.duration ?? (quick ? '1' : '5'), 120),
      connections: positive('connections', values.connections ?? '10', 1000),
      sequentialCount: quick ? 40 : 100,
      burstCount: quick ? 100 : 200,
    },
    operations,
    operationPolicies: quick ? policies.slice(0, 1) : policies,
    operationWorkers: workers[0]!,
    outDir: values.out ?? `load-tests/results/${quick ? 'quick' : 'full'}`,
  };
}
