// No process outlives a run: every process a run starts carries
// CLUSTER_CONFORMANCE_RUN=<cli pid>-…, so after the CLI has exited none may be
// left in /proc — after a full run, after targets that hang or crash in
// workers, after the CLI is stopped with SIGTERM mid-run, and (through each
// fixture's supervisor, runner/supervise.ts) even after it is killed outright.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import t, { type Test } from 'tap';
import { RUN_MARKER_VAR } from '../run-fixture.js';
import { BROKEN, CLI, runCli } from './run-cli.js';

t.setTimeout(300_000);

/** Pids of live processes (running `script`, if given) whose environment carries the marker of runs started by CLI process `cliPid`. */
function processesOf(cliPid: number, script = ''): number[] {
  const needle = `${RUN_MARKER_VAR}=${cliPid}-`;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const marked = readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').some((entry) => entry.startsWith(needle));
        return marked && readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes(script);
      } catch {
        return false; // Gone meanwhile, or not ours to read.
      }
    })
    .map(Number);
}

/** Waits (up to `ms`) until no such process remains: killed processes take a moment to be reaped. */
async function leftovers(cliPid: number, ms = 5_000): Promise<number[]> {
  for (let attempt = 0; attempt < ms / 100; attempt++) {
    const found = processesOf(cliPid);
    if (found.length === 0) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return processesOf(cliPid);
}

t.test('no leftover processes', { skip: process.platform !== 'linux' && 'needs /proc' }, async (t) => {
  t.test('after a full run against node:cluster', async (t) => {
    const run = await runCli(['--reporter', 'json']);
    t.not(run.code, 2, run.stderr);
    t.same(await leftovers(run.pid), []);
  });

  t.test('after a target that hangs in workers', async (t) => {
    const run = await runCli(['--target', BROKEN('hangs-in-worker.cjs'), '--clause', 'worker.kill', 'cluster.settings-01', '--timeout', '3000']);
    t.equal(run.code, 1, run.stderr);
    t.same(await leftovers(run.pid), []);
  });

  t.test('after a target that crashes in workers', async (t) => {
    const run = await runCli(['--target', BROKEN('throws-in-worker.cjs'), '--clause', 'worker.kill', 'cluster.settings-01']);
    t.equal(run.code, 1, run.stderr);
    t.same(await leftovers(run.pid), []);
  });

  /** Starts the CLI, waits until `count` processes run the `script` fixture, stops it with `signal`; returns the CLI's pid. */
  const stopWhileRunning = async (t: Test, args: string[], signal: NodeJS.Signals, script = 'fixtures/', count = 1): Promise<number> => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
    const pid = child.pid!;
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let seen = 0;
    for (let attempt = 0; attempt < 400 && seen < count; attempt++) {
      seen = processesOf(pid, script).length;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    t.ok(seen >= count, `${count} fixture processes were running`);
    child.kill(signal);
    await exited;
    return pid;
  };

  t.test('after the CLI is stopped with SIGTERM while fixtures run', async (t) => {
    t.same(await leftovers(await stopWhileRunning(t, [], 'SIGTERM')), []);
  });

  t.test('after the CLI is killed outright (SIGKILL): each fixture supervisor takes its group down', async (t) => {
    // Waiting for 4 processes running the lifecycle fixture (supervisor, primary, workers) makes sure
    // spinning workers exist; nothing but a kill from outside ends them.
    const pid = await stopWhileRunning(t, ['--target', BROKEN('hangs-in-worker.cjs'), '--clause', 'worker.kill-01'], 'SIGKILL', 'lifecycle.js', 4);
    t.same(await leftovers(pid, 10_000), []);
  });
  t.end();
});
