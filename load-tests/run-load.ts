// `npm run load [-- options]`: runs the scenarios for every target × policy ×
// worker count (alternating targets and policies within each repetition), the
// operations under load, and writes JSON, markdown and SVG results.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { metricsOf } from './metrics.js';
import { runOperation, type OperationResult } from './operations.js';
import { parseOptions, usage, type LoadOptions } from './options.js';
import { renderMarkdown } from './report-markdown.js';
import { renderCharts } from './report-svg.js';
import { schemaTag, type LoadResults } from './results-schema.js';
import { runScenario } from './scenarios.js';
import { LoadServer } from './server-handle.js';
import { plan, summarize, type RunRecord } from './summary.js';
import { resolveTarget } from './targets.js';

type Target = { name: string; specifier: string };
type Failures = LoadResults['failures'];

const log = (line: string) => process.stderr.write(`${line}\n`);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function describe(r: RunRecord): string {
  const m = r.metrics;
  const rate = r.scenario === 'keepalive' ? `${Math.round(m.requestsPerSec)} req/s` : `${Math.round(m.newConnectionsPerSec)} conn/s`;
  return `${r.scenario} ${rate}, connections ${m.connections.join('/')}, Jain ${m.connectionBalance.jain.toFixed(4)}, errors ${m.errors + m.timeouts + m.non2xx}`;
}

/** Every scenario on a fresh server per target × policy × workers × repetition. */
async function runScenarios(options: LoadOptions, targets: Target[], failures: Failures): Promise<RunRecord[]> {
  const specifierOf = new Map(targets.map((t) => [t.name, t.specifier]));
  const ttlMs = 60_000 + 4_000 * options.settings.durationSec * options.scenarios.length;
  const runs: RunRecord[] = [];
  const groups = plan([...specifierOf.keys()], options.policies, options.workers, options.reps);
  for (const [i, group] of groups.entries()) {
    const label = `[${i + 1}/${groups.length}] ${group.target} ${group.policy} ${group.workers}w rep ${group.rep}`;
    let server: LoadServer | undefined;
    try {
      server = await LoadServer.start({ specifier: specifierOf.get(group.target)!, policy: group.policy, workers: group.workers, ttlMs });
      for (const scenario of options.scenarios) {
        const record = { ...group, scenario, metrics: metricsOf(await runScenario(server, scenario, options.settings)) };
        runs.push(record);
        log(`${label} ${describe(record)}`);
      }
    } catch (error) {
      failures.push({ ...group, message: message(error) });
      log(`${label} FAILED: ${message(error)}`);
    } finally {
      await server?.close();
    }
  }
  return runs;
}

async function runOperations(options: LoadOptions, targets: Target[], failures: Failures): Promise<OperationResult[]> {
  const settings = { workers: options.operationWorkers, connections: options.settings.connections, settleMs: options.quick ? 500 : 1500 };
  const results: OperationResult[] = [];
  for (const target of targets) {
    for (const policy of options.operationPolicies) {
      for (const operation of options.operations) {
        const label = `[operation] ${operation} ${target.name} ${policy} ${settings.workers}w`;
        try {
          const r = await runOperation(target, policy, operation, settings);
          results.push(r);
          log(`${label}: ${r.requests} requests, ${r.failed} failed, probe ${r.probe.failed}/${r.probe.requests}, served after ${r.servedAfter}${r.error ? `, error: ${r.error}` : ''}`);
        } catch (error) {
          failures.push({ target: target.name, policy, workers: settings.workers, rep: 0, message: `${operation}: ${message(error)}` });
          log(`${label} FAILED: ${message(error)}`);
        }
      }
    }
  }
  return results;
}

async function writeResults(results: LoadResults, outDir: string): Promise<void> {
  const charts = renderCharts(results);
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'load-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(outDir, 'load-results.md'), renderMarkdown(results, charts.map((c) => c.file)));
  for (const chart of charts) await writeFile(path.join(outDir, chart.file), chart.svg);
  log(`wrote ${outDir}/load-results.{json,md} and ${charts.length} charts in ${results.wallSeconds.toFixed(1)} s`);
}

async function main(argv: string[]): Promise<void> {
  let options: LoadOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    log(`${message(error)}\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const loadAtStart = os.loadavg()[0]!;
  const resolved = await Promise.all(options.targets.map(resolveTarget));
  const skipped = resolved.flatMap((r) => ('skipped' in r ? [{ target: r.name, reason: r.skipped }] : []));
  const targets = resolved.flatMap((r) => ('specifier' in r ? [r] : []));
  for (const s of skipped) log(`target ${s.target} skipped: ${s.reason}`);
  if (targets.length === 0) {
    log('no target can be run');
    process.exitCode = 1;
    return;
  }

  const failures: Failures = [];
  const runs = await runScenarios(options, targets, failures);
  const operations = await runOperations(options, targets, failures);

  const cpus = os.cpus();
  await writeResults(
    {
      schema: schemaTag,
      generatedAt: new Date().toISOString(),
      command: ['npm run load', ...(argv.length ? ['--', ...argv] : [])].join(' '),
      wallSeconds: (performance.now() - started) / 1000,
      machine: {
        cpus: cpus.length,
        cpuModel: cpus[0]?.model ?? 'unknown',
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        loadAverage: { start: loadAtStart, end: os.loadavg()[0]! },
      },
      options,
      skipped,
      failures,
      runs,
      entries: summarize(runs),
      operations,
    },
    options.outDir,
  );
  if (failures.length) process.exitCode = 1;
}

await main(process.argv.slice(2));
