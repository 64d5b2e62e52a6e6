// Runs one fixture program as its own process group and collects what it
// observed. The group is always killed at the end (timeout, or primary exit
// with workers still around), so no process outlives a run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseObservations, type Observation } from './observations.js';
import type { Runtime } from './runtimes.js';

/** Every process a run starts carries this variable (workers inherit it), so leftovers can be found. */
export const RUN_MARKER_VAR = 'CLUSTER_CONFORMANCE_RUN';
const MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

export interface RunFixtureOptions {
  /** Module specifier of the implementation under test, given to the fixture as CLUSTER_CONFORMANCE_TARGET. */
  target: string;
  runtime: Runtime;
  args?: string[];
  env?: Record<string, string>;
  timeoutMs: number;
  /** Aborting kills the run's process group at once. */
  signal?: AbortSignal;
  /** Value of RUN_MARKER_VAR; defaults to one unique per run. */
  marker?: string;
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

let runCounter = 0;
const activeGroups = new Set<number>();

/** Kills every run still in progress (used when the runner itself stops early). */
export function killActiveRuns(): void {
  for (const pid of activeGroups) killGroup(pid);
}

export function runFixture(name: string, options: RunFixtureOptions): Promise<FixtureRunResult> {
  const script = fixturePath(name);
  if (!existsSync(script)) return Promise.reject(new Error(`fixture ${name} not found at ${script} (did you build?)`));
  const started = Date.now();
  const marker = options.marker ?? `${process.pid}-${++runCounter}-${started}`;
  const child = spawn(options.runtime.path, [...options.runtime.args, script, ...(options.args ?? [])], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env, CLUSTER_CONFORMANCE_TARGET: options.target, [RUN_MARKER_VAR]: marker },
  });
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
      reject(new Error(`could not start ${options.runtime.path}: ${error.message}`));
    });
    // The primary is gone: whatever is left in its group are stray workers.
    child.on('exit', () => killGroup(child.pid));
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      if (child.pid !== undefined) activeGroups.delete(child.pid);
      options.signal?.removeEventListener('abort', onAbort);
      const stdout = Buffer.concat(out).toString('utf8');
      resolve({
        fixture: name,
        observations: parseObservations(stdout),
        exitCode,
        signal,
        stdout,
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
        aborted,
        durationMs: Date.now() - started,
      });
    });
  });
}
