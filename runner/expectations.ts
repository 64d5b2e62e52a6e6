// Expected results: which clauses (or tests) are known to fail or are skipped
// for a target, each citing a SPEC.md Finding. Applying them (pure) turns an
// expected failure into xfail and a pass of an expected failure into xpass.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Profile } from '../trace/profiles.js';
import { EXPECTATIONS_DIR } from './package-files.js';
import type { Result } from './results.js';
import type { Runtime } from './runtimes.js';
import { UsageError } from './usage-error.js';

export interface Expectation {
  status: 'fail' | 'skip';
  reason: string;
  /** A Finding of SPEC.md (required in this repository's own files)… */
  finding?: string;
  /** …or, in an implementer's own file, where the failure is tracked (a URL or an issue key). */
  issue?: string;
}

/** Keys are clause IDs or test names. */
export type ExpectationMap = Record<string, Expectation>;

/**
 * File format: `all` applies to every runtime; `runtimes` adds entries for a
 * runtime name (`node`, `bun`, `deno`) or name@major (`node@20`); later, more
 * specific sections win.
 */
export interface ExpectationsFile {
  description?: string;
  all?: ExpectationMap;
  runtimes?: Record<string, ExpectationMap>;
}

/**
 * The committed default file for a target and profile, if any: `node:cluster` → expectations/node-cluster.json
 * (doc profile: Node's Findings) and expectations/node-cluster.node.json (node profile).
 */
export function defaultExpectationsPath(targetName: string, profile: Profile = 'doc'): string | undefined {
  if (!['node:cluster', 'reference', 'reference-node'].includes(targetName)) return undefined;
  const file = path.join(EXPECTATIONS_DIR, `${targetName.replace(':', '-')}${profile === 'doc' ? '' : `.${profile}`}.json`);
  return existsSync(file) ? file : undefined;
}

function validateEntry(key: string, value: unknown, where: string): Expectation {
  const entry = value as Partial<Expectation> | null;
  const problem =
    entry === null || typeof entry !== 'object' ? 'is not an object'
    : entry.status !== 'fail' && entry.status !== 'skip' ? 'needs status "fail" or "skip"'
    : typeof entry.reason !== 'string' || entry.reason.trim() === '' ? 'needs a reason'
    : entry.finding !== undefined && (typeof entry.finding !== 'string' || !/^F-\d{2,}$/.test(entry.finding)) ? 'has a finding that is not like "F-01"'
    : entry.issue !== undefined && (typeof entry.issue !== 'string' || entry.issue.trim() === '') ? 'has an empty issue'
    : entry.finding === undefined && entry.issue === undefined ? 'needs a finding like "F-01" or an issue'
    : undefined;
  if (problem) throw new UsageError(`expectations ${where}: entry ${key} ${problem}`);
  return entry as Expectation;
}

/** Validates a parsed expectations file and returns the entries that apply to `runtime`. */
export function selectExpectations(file: unknown, runtime: Pick<Runtime, 'name' | 'version'>, where: string): ExpectationMap {
  if (file === null || typeof file !== 'object' || Array.isArray(file)) throw new UsageError(`expectations ${where}: not a JSON object`);
  const { all = {}, runtimes = {} } = file as ExpectationsFile;
  const major = runtime.version.split('.')[0];
  const sections: [string, ExpectationMap][] = [['all', all], ...Object.entries(runtimes).map(([key, map]): [string, ExpectationMap] => [`runtimes.${key}`, map])];
  for (const [name, map] of sections) {
    if (map === null || typeof map !== 'object') throw new UsageError(`expectations ${where}: ${name} is not an object`);
    for (const [key, value] of Object.entries(map)) validateEntry(key, value, where);
  }
  return { ...all, ...(runtimes[runtime.name] ?? {}), ...(runtimes[`${runtime.name}@${major}`] ?? {}) };
}

export function loadExpectations(file: string, runtime: Pick<Runtime, 'name' | 'version'>): ExpectationMap {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`expectations ${file}: ${(error as Error).message}`);
  }
  return selectExpectations(parsed, runtime, file);
}

export function expectationFor(map: ExpectationMap, clause: string, test: string): Expectation | undefined {
  return map[test] ?? map[clause];
}

export function applyExpectation(result: Result, expectation: Expectation | undefined): Result {
  if (!expectation) return result;
  const cite = `${expectation.reason} (${expectation.finding ?? expectation.issue})`;
  if (expectation.status === 'skip') return { ...result, status: 'skip', message: `skipped: ${cite}` };
  if (result.status === 'fail') return { ...result, status: 'xfail', message: `expected failure: ${cite}\n${result.message}` };
  if (result.status === 'pass') return { ...result, status: 'xpass', message: `unexpected pass: expected to fail because ${cite}; update the expectations` };
  return result;
}
