// Runs one program as a standalone script on one runtime against one target, through the runner's supervised
// process group (runner/run-fixture.ts: a timeout kills the whole tree), and normalizes what it observed.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runFixture } from '../runner/run-fixture.js';
import type { Runtime } from '../runner/runtimes.js';
import type { Target } from '../runner/targets.js';
import { analyze } from './model.js';
import { normalizeTrace, type Trace } from './normalize.js';
import type { Program } from './program.js';
import { renderScript, type ScriptHeader } from './render-script.js';

const RUNTIME_FILE = fileURLToPath(new URL('./script-runtime.cjs', import.meta.url));
let runtimeSource: string | undefined;

/** The compiled runtime every script carries. */
export function scriptRuntimeSource(): string {
  return (runtimeSource ??= readFileSync(RUNTIME_FILE, 'utf8'));
}

/** The program as a standalone script. */
export function programScript(program: Program, header?: ScriptHeader): string {
  return renderScript(program, scriptRuntimeSource(), header);
}

export interface Side {
  target: Target;
  runtime: Runtime;
}

export interface ProgramRun {
  trace: Trace;
  durationMs: number;
  stderr: string;
}

/** The last lines of stderr worth showing when a run fails. */
function stderrTail(stderr: string): string {
  const lines = stderr.trim().split('\n').filter(Boolean);
  return lines.slice(-4).join(' | ');
}

export async function runProgram(program: Program, side: Side, timeoutMs: number, signal?: AbortSignal): Promise<ProgramRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-differential-run-'));
  const script = path.join(dir, 'program.cjs');
  try {
    writeFileSync(script, programScript(program));
    const run = await runFixture('differential program', { script, target: side.target.specifier, runtime: side.runtime, timeoutMs, signal });
    const problem = run.timedOut
      ? `timed out after ${timeoutMs} ms`
      : `exit code ${run.exitCode}, signal ${run.signal}${run.stderr.trim() ? `: ${stderrTail(run.stderr)}` : ''}`;
    return { trace: normalizeTrace(run.observations, problem, analyze(program).racySlots), durationMs: run.durationMs, stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where failures' scripts go unless told otherwise. */
export const DEFAULT_FAILURE_DIR = path.join(os.tmpdir(), 'cluster-conformance-differential');

/** Writes a failing program as a standalone script named after its seed and path; returns the file's path. */
export function saveProgramScript(program: Program, seed: number, replayPath: string, replay: string, dir = DEFAULT_FAILURE_DIR): string {
  mkdirSync(dir, { recursive: true });
  const file = path.resolve(dir, `program-${seed}-${replayPath.replaceAll(':', '_')}.cjs`);
  writeFileSync(file, programScript(program, { notes: [`Found by: ${replay}`] }));
  return file;
}
