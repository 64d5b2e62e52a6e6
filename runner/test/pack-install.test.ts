// The npm package works when installed, as a new user gets it: `npm pack` the built project, install the
// tarball into an empty project from the local file only (--offline: the package has no dependencies),
// then run the installed `npx cluster-conformance` on the built-in and on the reference, and import and
// require `cluster-conformance/reference`. A file the CLI reads at run time but the package lacks (the
// expectations, SPEC.md) fails here: the built-in's known failures would fail the run.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import t from 'tap';
import { defaultExpectationsPath, loadExpectations } from '../expectations.js';
import { PACKAGE_JSON, PACKAGE_ROOT } from '../package-files.js';
import { reportViolations } from '../report-schema.js';
import { fixtureEnvironment } from '../run-fixture.js';
import { formatSuiteVersion, suiteVersion } from '../suite-version.js';

t.setTimeout(240_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command in its own process group, without tap's preload; the whole group is killed after `timeoutMs`. */
function run(command: string, args: string[], cwd: string, timeoutMs: number): Promise<Run> {
  const underTap = (process.env.NODE_OPTIONS ?? '').includes('@tapjs/');
  const argv = underTap ? ['env', '-u', 'NODE_OPTIONS', command, ...args] : [command, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { cwd, env: fixtureEnvironment(process.env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const killGroup = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      killGroup();
      reject(new Error(`${command} ${args.join(' ')} did not finish in ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      killGroup();
      resolve({ code, stdout, stderr });
    });
  });
}

/** The installed bin only: never fetch a missing one from the registry (npx would, without a TTY). */
const NPX = ['--offline', '--no', '--'];
const manifest = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { name: string; bin: Record<string, string>; exports: Record<string, unknown> };
const dir = mkdtempSync(path.join(tmpdir(), 'cc-pack-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

/** Every file path an `exports` entry names. */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return value && typeof value === 'object' ? Object.values(value).flatMap(exportTargets) : [];
}

t.test('the packed tarball, installed into an empty project, runs the suite and exports the reference', async (t) => {
  // npm test has built dist already; --ignore-scripts keeps `prepare` from building it again.
  const pack = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], PACKAGE_ROOT, 60_000);
  t.equal(pack.code, 0, 'npm pack', { stderr: pack.stderr });
  const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  const files = new Set(packed.files.map((f) => f.path));
  const needed = [
    'package.json',
    'SPEC.md',
    ...readdirSync(path.join(PACKAGE_ROOT, 'expectations')).map((file) => `expectations/${file}`),
    ...Object.values(manifest.bin),
    ...exportTargets(manifest.exports).map((target) => target.replace(/^\.\//, '')),
  ];
  t.same(needed.filter((file) => !files.has(file)), [], 'the tarball holds the files the CLI and the exports need');
  t.same([...files].filter((file) => file.endsWith('.map') || file.includes('/test/')), [], 'and no source maps or self-tests');

  const project = path.join(dir, 'project');
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true }));
  const install = await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', path.join(dir, packed.filename)], project, 60_000);
  t.equal(install.code, 0, 'npm install --offline of the tarball', { stderr: install.stderr });

  const expected = suiteVersion();
  const builtInJson = path.join(dir, 'built-in.json');
  const [version, esm, cjs] = await Promise.all([
    run('npx', [...NPX, 'cluster-conformance', '--version'], project, 30_000),
    run(process.execPath, ['--input-type=module', '-e', "import c from 'cluster-conformance/reference'; console.log(typeof c.fork, c.isPrimary)"], project, 30_000),
    run(process.execPath, ['-e', "const c = require('cluster-conformance/reference'); console.log(typeof c.fork, c.isPrimary)"], project, 30_000),
  ]);
  // One suite run at a time: npm test runs other test files beside this one on a 2-core machine.
  const builtIn = await run('npx', [...NPX, 'cluster-conformance', '--reporter', `json=${builtInJson}`], project, 150_000);
  const reference = await run('npx', [...NPX, 'cluster-conformance', '--target', 'reference', '--reporter', 'json'], project, 150_000);

  t.equal(version.stdout.trim(), formatSuiteVersion(expected), 'the installed CLI reports the same suite and SPEC.md as this checkout', { stderr: version.stderr });

  const builtInReport = existsSync(builtInJson) ? JSON.parse(readFileSync(builtInJson, 'utf8')) : { results: [] };
  // On failure, say which results failed (the readable report's tail may not reach them).
  const failures = (report: { results: { status: string; clause: string; message?: string }[] }) =>
    report.results.filter((r) => r.status === 'fail' || r.status === 'xpass').map((r) => `${r.clause} ${r.status}: ${r.message ?? ''}`);
  t.equal(builtIn.code, 0, 'npx cluster-conformance exits 0 on the built-in node:cluster', { failures: failures(builtInReport), stdout: builtIn.stdout.slice(-3000), stderr: builtIn.stderr });
  t.match(builtIn.stdout, /^cluster-conformance .*: target node:cluster/, 'the readable report goes to stdout');
  t.same(reportViolations(builtInReport), [], 'the JSON report follows the schema');
  t.same(builtInReport.suite, expected, 'and names the suite');
  t.same(failures(builtInReport), [], 'no unexpected failure');
  // The expectations shipped: each known difference of Node's built-in is an expected failure citing its Finding.
  const xfails = builtInReport.results.filter((r: { status: string }) => r.status === 'xfail') as { clause: string; test: string; message: string }[];
  const known = Object.keys(loadExpectations(defaultExpectationsPath('node:cluster')!, builtInReport.runtime));
  t.ok(known.length > 0 && xfails.length >= known.length, `known differences show as xfail (${xfails.length})`);
  t.same(known.filter((key) => !xfails.some((r) => r.clause === key || r.test === key)), [], 'each entry of expectations/node-cluster.json');
  t.ok(xfails.every((r) => /\(F-\d{2}\)/.test(r.message)), 'each citing a Finding');

  const referenceReport = JSON.parse(reference.stdout);
  t.equal(reference.code, 0, 'npx cluster-conformance --target reference exits 0', { failures: failures(referenceReport), stderr: reference.stderr });
  t.same([referenceReport.summary.failed, referenceReport.summary.expectedFailures], [0, 0], 'the reference passes everything');
  t.equal(referenceReport.summary.total, builtInReport.summary.total, 'on the same results as the built-in');

  t.equal(esm.stdout.trim(), 'function true', "import 'cluster-conformance/reference'", { stderr: esm.stderr });
  t.equal(cjs.stdout.trim(), 'function true', "require('cluster-conformance/reference')", { stderr: cjs.stderr });
});
