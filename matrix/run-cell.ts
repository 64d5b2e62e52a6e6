// Runs the conformance CLI as a child and reads its JSON report: for one (runtime, target) of the matrix, and for
// teeth/. The CLI leads its own process group, killed whole on timeout; its fixtures' supervisors end with it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../runner/results.js';
import { TARGET_PROFILE, type RunOutcome, type TargetName } from './model.js';

const CLI = fileURLToPath(new URL('../runner/cli.js', import.meta.url));

export interface CellOptions {
  runtime: string;
  binary: string;
  target: TargetName;
  jobs: number;
  timeoutMs: number;
  /** Passed on to the CLI (e.g. `--clause worker.kill`). */
  extraArgs: string[];
}

/** The last non-empty line of stderr, which is where the CLI puts a usage error's reason. */
function lastLine(text: string): string {
  return text.trim().split('\n').filter(Boolean).at(-1) ?? '';
}

/** Process groups of the runs going on, killed when the matrix is stopped. */
const active = new Set<number>();

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Kills every run still going (their fixtures' supervisors then take the fixtures down). */
export function killActiveCells(): void {
  for (const pid of active) killGroup(pid);
  active.clear();
}

/** What one run of the conformance CLI gave: its JSON report, or why there is none. */
export interface CliRun {
  report?: Report;
  reason?: string;
}

/**
 * Runs the conformance CLI with `args` plus `--reporter json --output <temp file>` and reads the report. Exit 0
 * or 1 with a report is a run; anything else (exit 2, a crash, the time limit) gives the reason instead.
 */
export function runConformance(args: readonly string[], timeoutMs: number): Promise<CliRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-run-'));
  const output = path.join(dir, 'report.json');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args, '--reporter', 'json', '--output', output], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    if (child.pid !== undefined) active.add(child.pid);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) killGroup(child.pid);
    }, timeoutMs);
    const finish = (run: CliRun) => {
      clearTimeout(timer);
      if (child.pid !== undefined) active.delete(child.pid);
      rmSync(dir, { recursive: true, force: true });
      resolve(run);
    };
    child.on('error', (error) => finish({ reason: `could not start the runner: ${error.message}` }));
    child.on('close', (code, signal) => {
      if (timedOut) return finish({ reason: `the run did not finish in ${Math.round(timeoutMs / 1000)} s` });
      if (code === 0 || code === 1) {
        try {
          return finish({ report: JSON.parse(readFileSync(output, 'utf8')) as Report });
        } catch (error) {
          return finish({ reason: `the runner exited ${code} without a readable report: ${(error as Error).message}` });
        }
      }
      finish({ reason: lastLine(stderr) || `the runner exited with ${signal ?? `code ${code}`}` });
    });
  });
}

export async function runCell(options: CellOptions): Promise<RunOutcome> {
  const { runtime, target } = options;
  const args = ['--runtime', options.binary, '--target', target, '--profile', TARGET_PROFILE[target], '--jobs', String(options.jobs), ...options.extraArgs];
  return { runtime, target, ...(await runConformance(args, options.timeoutMs)) };
}
