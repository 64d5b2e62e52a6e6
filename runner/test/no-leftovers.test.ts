// No process outlives a run: every process a run starts carries
// CLUSTER_CONFORMANCE_RUN=<cli pid>-…, so after the CLI has exited none may be
// left in /proc — after a full run, after targets that hang or crash in
// workers, and after the CLI itself is stopped with SIGTERM mid-run.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import t from 'tap';
import { RUN_MARKER_VAR } from '../run-fixture.js';
import { BROKEN, CLI, runCli } from './run-cli.js';

t.setTimeout(300_000);

/** Pids of live processes whose environment carries the marker of runs started by CLI process `cliPid`. */
function processesOf(cliPid: number): number[] {
  const needle = `${RUN_MARKER_VAR}=${cliPid}-`;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').some((entry) => entry.startsWith(needle));
      } catch {
        return false; // Gone meanwhile, or not ours to read.
      }
    })
    .map(Number);
}

/** Waits (bounded) until no such process remains: killed processes take a moment to be reaped. */
async function leftovers(cliPid: number): Promise<number[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
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

  t.test('after the CLI is stopped with SIGTERM while fixtures run', async (t) => {
    const child = spawn(process.execPath, [CLI], { stdio: 'ignore' });
    const pid = child.pid!;
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let seen = 0;
    for (let attempt = 0; attempt < 200 && seen === 0; attempt++) {
      seen = processesOf(pid).length;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    t.ok(seen > 0, 'fixture processes were running');
    child.kill('SIGTERM');
    await exited;
    t.same(await leftovers(pid), []);
  });
  t.end();
});
