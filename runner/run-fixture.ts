// Runs one fixture program as its own process group and collects what it
// observed. The group is always killed at the end (timeout, or primary exit
// with workers still around), so no process outlives a run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseExitStatus, parseObservations, type Observation } from './observations.js';
import type { Runtime } from './runtimes.js';

/** Every process a run starts carries this variable (workers inherit it), so leftovers can be found. */
export const RUN_MARKER_VAR = 'CLUSTER_CONFORMANCE_RUN';
const MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

export interface RunFixtureOptions {
  /** Module specifier of the implementation under test, given to the fixture as CLUSTER_CONFORMANCE_TARGET. */
  target: string;
  runtime: Runtime;
  /** Arguments of the script (its process.argv.slice(2)). */
  args?: string[];
  /** Flags for the runtime itself, placed before the script (the primary's process.execArgv on Node). */
  runtimeArgs?: string[];
  env?: Record<string, string>;
  timeoutMs: number;
  /** Aborting kills the run's process group at once. */
  signal?: AbortSignal;
  /** Value of RUN_MARKER_VAR; defaults to one unique per run. */
  marker?: string;
  /** The program to run instead of dist/fixtures/<name>.js (an absolute path; `name` then only labels the run). */
  script?: string;
}

export interface FixtureRunResult {
  fixture: string;
  observations: Observation[];
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  aborted: boolean;
  durationMs: number;
}

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}.js`, import.meta.url));
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
}

const TAP_PRELOAD = '@tapjs/';

/** NODE_OPTIONS without the preload tap adds (undefined when nothing else is left). */
function withoutTapPreload(nodeOptions: string | undefined): string | undefined {
  const kept = (nodeOptions ?? '').split(/\s+/).filter((option) => option !== '' && !option.includes(TAP_PRELOAD));
  return kept.length > 0 ? kept.join(' ') : undefined;
}

/**
 * The environment a fixture starts with: the runner's own minus what tap adds
 * to the processes it runs (its variables, a NODE_OPTIONS preload that
 * instruments every process), so a fixture behaves the same under `npm test`
 * as under the CLI (pure).
 */
export function fixtureEnvironment(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(base).filter(([key]) => !/^(TAP|_TAPJS_)/.test(key)));
  const nodeOptions = withoutTapPreload(env.NODE_OPTIONS);
  if (nodeOptions === undefined) delete env.NODE_OPTIONS;
  else env.NODE_OPTIONS = nodeOptions;
  return env;
}

/** The supervisor ends the group on its own this long after the runner's timeout, which normally acts first. */
const SUPERVISOR_GRACE_MS = 5_000;
const SUPERVISOR = fileURLToPath(new URL('./supervise.js', import.meta.url));

/**
 * The command that starts a fixture (pure but for reading whether this
 * process runs under tap). Inside a tap test, tap re-adds its preload to the
 * environment of every process spawned, whatever env is passed; then the
 * fixture starts through `env`, which sets NODE_OPTIONS back just before the
 * fixture starts.
 */
export function fixtureCommand(runtime: Runtime, script: string, args: readonly string[], env: NodeJS.ProcessEnv, runtimeArgs: readonly string[] = []): string[] {
  const direct = [runtime.path, ...runtime.args, ...runtimeArgs, script, ...args];
  if (!(process.env.NODE_OPTIONS ?? '').includes(TAP_PRELOAD)) return direct;
  const reset = env.NODE_OPTIONS === undefined ? ['-u', 'NODE_OPTIONS'] : ['-u', 'NODE_OPTIONS', `NODE_OPTIONS=${env.NODE_OPTIONS}`];
  return ['env', ...reset, ...direct];
}

let runCounter = 0;
const activeGroups = new Set<number>();

/** Kills every run still in progress (used when the runner itself stops early). */
export function killActiveRuns(): void {
  for (const pid of activeGroups) killGroup(pid);
}

export function runFixture(name: string, options: RunFixtureOptions): Promise<FixtureRunResult> {
  const script = options.script ?? fixturePath(name);
  if (!existsSync(script)) return Promise.reject(new Error(`fixture ${name} not found at ${script} (did you build?)`));
  const started = Date.now();
  const marker = options.marker ?? `${process.pid}-${++runCounter}-${started}`;
  const env = { ...fixtureEnvironment(process.env), ...options.env, CLUSTER_CONFORMANCE_TARGET: options.target, [RUN_MARKER_VAR]: marker };
  const command = fixtureCommand(options.runtime, script, options.args ?? [], env, options.runtimeArgs);
  // The supervisor leads the new process group; its stdin is a pipe we never write, which closes if we die.
  const supervisorEnv = { ...fixtureEnvironment(process.env), [RUN_MARKER_VAR]: marker };
  const child = spawn(process.execPath, [SUPERVISOR, String(options.timeoutMs + SUPERVISOR_GRACE_MS), JSON.stringify(env), ...command], { detached: true, stdio: ['pipe', 'pipe', 'pipe'], env: supervisorEnv });
  if (child.pid !== undefined) activeGroups.add(child.pid);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let outBytes = 0;
  const collect = (into: Buffer[]) => (chunk: Buffer) => {
    outBytes += chunk.length;
    if (outBytes <= MAX_OUTPUT_BYTES) into.push(chunk);
    else killGroup(child.pid);
  };
  child.stdout.on('data', collect(out));
  child.stderr.on('data', collect(err));

  let timedOut = false;
  let aborted = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid);
  }, options.timeoutMs);
  const onAbort = (): void => {
    aborted = true;
    killGroup(child.pid);
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();

  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearTimeout(timer);
      killGroup(child.pid);
      reject(new Error(`could not start the fixture supervisor: ${error.message}`));
    });
    // The supervisor is gone: whatever is left in its group are stray workers.
    child.on('exit', () => killGroup(child.pid));
    child.on('close', () => {
      clearTimeout(timer);
      if (child.pid !== undefined) activeGroups.delete(child.pid);
      options.signal?.removeEventListener('abort', onAbort);
      const stdout = Buffer.concat(out).toString('utf8');
      // Without a reported status the group was killed (timeout, abort, output limit): the primary died by SIGKILL.
      const status = parseExitStatus(stdout) ?? { code: null, signal: 'SIGKILL' };
      if (status.error !== undefined) return reject(new Error(`could not start ${options.runtime.path}: ${status.error}`));
      resolve({
        fixture: name,
        observations: parseObservations(stdout),
        exitCode: status.code,
        signal: status.signal,
        stdout,
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
        aborted,
        durationMs: Date.now() - started,
      });
    });
  });
}
