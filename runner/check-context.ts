// The `t` a check body receives: runs fixtures against the target under test
// and records assertions, each one attributed to one declared clause.
import { isDeepStrictEqual, inspect } from 'node:util';
import { matches, type Observation } from './observations.js';
import type { FixtureCache } from './fixture-cache.js';
import { runFixture, type FixtureRunResult } from './run-fixture.js';
import type { Runtime, RuntimeName } from './runtimes.js';
import type { Target } from './targets.js';

export type CheckBody = (t: CheckContext) => Promise<void>;

export interface Assertion {
  clause: string;
  ok: boolean;
  message: string;
}

/** Thrown when a fixture did not run to its `done` line; every clause of the check fails with it. */
export class FixtureFailure extends Error {
  override name = 'FixtureFailure';
}

export interface FixtureOptions {
  args?: string[];
  env?: Record<string, string>;
  /** Flags for the runtime that starts the primary, per runtime (each accepts different ones). */
  runtimeArgs?: Partial<Record<RuntimeName, string[]>>;
}

/** A finished fixture run plus lookups over its observations. */
export class FixtureRun {
  constructor(readonly result: FixtureRunResult) {}

  get observations(): Observation[] {
    return this.result.observations;
  }

  /** All observations of `kind` whose fields include `pattern`. */
  all(kind: string, pattern: Record<string, unknown> = {}): Observation[] {
    return this.observations.filter((o) => o.kind === kind && matches(o, pattern));
  }

  /** The first such observation, or undefined. */
  first(kind: string, pattern: Record<string, unknown> = {}): Observation | undefined {
    return this.all(kind, pattern)[0];
  }

  /** Position of the first such observation in the primary's report order, or -1. */
  indexOf(kind: string, pattern: Record<string, unknown> = {}): number {
    return this.observations.findIndex((o) => o.role === 'primary' && o.kind === kind && matches(o, pattern));
  }
}

function show(value: unknown): string {
  return inspect(value, { depth: 4, breakLength: Infinity });
}

/** The part of a crashed fixture's stderr that says why: the first error line and what follows, else the last lines; without colour codes (Deno colours its errors). */
export function stderrSummary(text: string, lines = 6): string {
  const all = text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').trim().split('\n');
  // Node prints `TypeError: …`, Deno `error: Uncaught (in promise) Error: …`.
  const error = all.findIndex((line) => /^(error: )?(\w*Error|Uncaught)\b.*:/.test(line.trim()));
  return (error === -1 ? all.slice(-lines) : all.slice(error, error + lines)).join('\n');
}

export class CheckContext {
  readonly assertions: Assertion[] = [];

  constructor(
    private readonly clauses: readonly string[],
    private readonly environment: { target: Target; runtime: Runtime; fixtureTimeoutMs: number; signal: AbortSignal; fixtures?: FixtureCache },
  ) {}

  /**
   * Runs fixtures/<name>.js (or reuses the suite's run of it with the same
   * options); throws FixtureFailure unless it reported `done` and exited 0.
   */
  async fixture(name: string, options: FixtureOptions = {}): Promise<FixtureRun> {
    const { target, runtime, fixtureTimeoutMs, signal, fixtures } = this.environment;
    const common = { target: target.specifier, runtime, timeoutMs: fixtureTimeoutMs, args: options.args, env: options.env, runtimeArgs: options.runtimeArgs?.[runtime.name] };
    const result = await (fixtures ? fixtures.run(name, common) : runFixture(name, { ...common, signal }));
    const done = result.observations.some((o) => o.kind === 'done' && o.role === 'primary');
    if (result.aborted) throw new FixtureFailure(`fixture ${name} was stopped (check timed out)`);
    if (result.timedOut) throw new FixtureFailure(`fixture ${name} timed out after ${fixtureTimeoutMs} ms${done ? ' after reporting done' : ''}\n${stderrSummary(result.stderr)}`);
    if (!done || result.exitCode !== 0) {
      const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
      throw new FixtureFailure(`fixture ${name} ${how}${done ? '' : ' without reporting done'}\n${stderrSummary(result.stderr)}`);
    }
    return new FixtureRun(result);
  }

  private record(clause: string, ok: boolean, message: string): boolean {
    if (!this.clauses.includes(clause)) {
      throw new Error(`assertion on clause ${clause}, which the check does not declare (declared: ${this.clauses.join(', ')})`);
    }
    this.assertions.push({ clause, ok, message: `${clause}: ${message}` });
    return ok;
  }

  equal(clause: string, observed: unknown, expected: unknown, what: string): boolean {
    const ok = Object.is(observed, expected);
    return this.record(clause, ok, ok ? what : `${what}: expected ${show(expected)}, observed ${show(observed)}`);
  }

  deepEqual(clause: string, observed: unknown, expected: unknown, what: string): boolean {
    const ok = isDeepStrictEqual(observed, expected);
    return this.record(clause, ok, ok ? what : `${what}: expected ${show(expected)}, observed ${show(observed)}`);
  }

  ok(clause: string, condition: unknown, what: string, observed?: unknown): boolean {
    const ok = Boolean(condition);
    return this.record(clause, ok, ok || observed === undefined ? what : `${what}: observed ${show(observed)}`);
  }

  /** `before` happened before `after` in the primary's report order (both must have happened). */
  before(clause: string, run: FixtureRun, before: [string, Record<string, unknown>], after: [string, Record<string, unknown>], what: string): boolean {
    const a = run.indexOf(...before);
    const b = run.indexOf(...after);
    const ok = a !== -1 && b !== -1 && a < b;
    const where = (i: number) => (i === -1 ? 'never' : `#${i}`);
    return this.record(clause, ok, ok ? what : `${what}: expected ${show(before)} before ${show(after)}, observed at ${where(a)} and ${where(b)}`);
  }
}
