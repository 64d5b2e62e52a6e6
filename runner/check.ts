// The check DSL spec tests use:
//
//   check({ name: 'kill() defaults to SIGTERM', clauses: ['worker.kill-01'] }, async (t) => {
//     const run = await t.fixture('lifecycle');
//     t.equal('worker.kill-01', run.first('event', { name: 'exit', worker: 1 })?.signal, 'SIGTERM', 'exit signal');
//   });
//
// Loaded by the CLI, checks are collected and scheduled by it. Run directly by
// tap (or `npm test`), each check becomes a tap test against the target and
// runtime named by CLUSTER_CONFORMANCE_TARGET / CLUSTER_CONFORMANCE_RUNTIME
// (default: node:cluster on the current Node), with the target's default
// expectations shown as tap todo/skip.
import type { CheckBody } from './check-context.js';
import { defaultExpectationsPath, loadExpectations, type ExpectationMap } from './expectations.js';
import { DEFAULT_CHECK_TIMEOUT_MS } from './execute-check.js';
import { FixtureCache } from './fixture-cache.js';
import { isCollecting, register, type CheckDeclaration } from './registry.js';
import { notApplicable, specClauseIndex, withProfiles } from './profiles.js';
import { runCheck } from './run-check.js';
import { isProfile, type Profile } from '../trace/profiles.js';
import { resolveRuntime, type Runtime } from './runtimes.js';
import { resolveTarget, type Target } from './targets.js';

export type { CheckBody, CheckContext, FixtureRun } from './check-context.js';

const tap = isCollecting() ? undefined : (await import('tap')).default;
// A spec-test file runs its checks one after the other; tap's default 30 s per file is too tight under load.
tap?.setTimeout(180_000);

interface TapEnvironment {
  target: Target;
  runtime: Runtime;
  timeoutMs: number;
  expectations: ExpectationMap;
  fixtures: FixtureCache;
  profile: Profile;
}

let tapEnvironment: TapEnvironment | undefined;

function environmentFromEnv(): TapEnvironment {
  if (tapEnvironment) return tapEnvironment;
  const target = resolveTarget(process.env.CLUSTER_CONFORMANCE_TARGET);
  const runtime = resolveRuntime(process.env.CLUSTER_CONFORMANCE_RUNTIME);
  const requested = process.env.CLUSTER_CONFORMANCE_PROFILE || 'doc';
  if (!isProfile(requested)) throw new Error(`CLUSTER_CONFORMANCE_PROFILE=${requested}: expected doc or node`);
  const profile = requested;
  const expectationsFile = defaultExpectationsPath(target.name, profile);
  tapEnvironment = {
    profile,
    target,
    runtime,
    timeoutMs: Number(process.env.CLUSTER_CONFORMANCE_TIMEOUT) || DEFAULT_CHECK_TIMEOUT_MS,
    expectations: expectationsFile ? loadExpectations(expectationsFile, runtime) : {},
    fixtures: new FixtureCache(),
  };
  return tapEnvironment;
}

export function check(declaration: CheckDeclaration, body: CheckBody): void {
  if (isCollecting() || !tap) {
    register(declaration, body);
    return;
  }
  tap.test(declaration.name, async (tt) => {
    const environment = environmentFromEnv();
    const index = specClauseIndex();
    // Only Node's own version is known here without probing; other runtimes get every clause.
    const nodeVersion = environment.runtime.name === 'node' ? environment.runtime.version : undefined;
    const results = await runCheck({ ...declaration, body }, environment, environment.expectations, (clause) => notApplicable(index, clause, nodeVersion));
    for (const raw of results) {
      const result = withProfiles(raw, index);
      const message = `${result.clause} ${result.status}: ${result.message}`;
      if (result.profiles && !result.profiles.includes(environment.profile)) {
        // Counted in the other profile only: shown, never failing this one (runner/test checks each profile whole).
        const text = `${message} [outside the ${environment.profile} profile]`;
        if (result.status === 'fail' || result.status === 'xpass') tt.fail(text, { todo: `not in the ${environment.profile} profile` });
        else tt.pass(text);
      } else if (result.status === 'pass') tt.pass(message);
      else if (result.status === 'skip') tt.pass(message, { skip: result.message || 'expected skip' });
      else if (result.status === 'xfail') tt.fail(message, { todo: 'expected failure (see expectations)' });
      else tt.fail(message);
    }
  });
}
