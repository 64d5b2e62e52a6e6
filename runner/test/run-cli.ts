// Runs the built CLI as a child process for the self-tests, with a hard time limit.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../cli.js', import.meta.url));
export const BROKEN = (file: string) => fileURLToPath(new URL(`../../../runner/broken-targets/${file}`, import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  pid: number;
}

/** `cli` is another command of the project (e.g. teeth's), stopped by `killSignal` when it runs over time. */
export function runCli(args: string[], timeoutMs = 120_000, cli = CLI, killSignal: NodeJS.Signals = 'SIGKILL'): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill(killSignal);
      reject(new Error(`CLI ${args.join(' ')} did not finish in ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, pid: child.pid ?? -1 });
    });
  });
}

/** Parses a --reporter json report, failing loudly when it is not JSON. */
export function parseReport(run: CliRun): {
  profile?: string;
  summary: Record<string, number>;
  scores: Record<string, { passed: number; failed: number; total: number }>;
  results: { clause: string; test: string; status: string; message: string; profiles?: string[] }[];
} {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`not JSON (exit ${run.code}): ${run.stdout.slice(0, 500)}\n${run.stderr.slice(0, 500)}`);
  }
}
