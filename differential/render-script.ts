/**
 * A program as a standalone CommonJS script (pure): the steps as plain cluster calls, then the compiled
 * runtime (script-runtime.cts) that records what happens. `node program.cjs` runs it on node:cluster;
 * CLUSTER_CONFORMANCE_TARGET=<path> runs it on another implementation.
 */
import { describeStep, expectsReceipt, isUndefinedPayload, type Payload, type Program, type SetupVariant, type Step } from './program.js';

const SETUP_ARGUMENTS: Record<SetupVariant, string> = {
  none: '',
  empty: '{}',
  silent: '{ silent: true }',
  args: "{ args: ['--dt-arg'] }",
  advanced: "{ serialization: 'advanced' }",
  execArgv: "{ execArgv: ['--no-deprecation'] }",
};

/** A payload as a JavaScript expression. */
export function payloadSource(payload: Payload): string {
  return isUndefinedPayload(payload) ? 'undefined' : JSON.stringify(payload);
}

/** One step as one statement of the script. */
export function stepSource(step: Step, index: number): string {
  const i = index;
  switch (step.op) {
    case 'setupPrimary':
      return `await p.setup(${i}, () => cluster.setupPrimary(${SETUP_ARGUMENTS[step.settings]}));`;
    case 'fork':
      return `await p.fork(${i}, () => cluster.fork(${step.env === 'none' ? '' : step.env === 'empty' ? '{}' : "{ DT_VAR: 'set' }"}));`;
    case 'send': {
      const args = [payloadSource(step.message), ...(step.handle === 'none' ? [] : ['handle']), 'done'].join(', ');
      return `await p.send(${i}, ${step.slot}, '${step.handle}', ${expectsReceipt(step)}, (w, handle, done) => w.send(${args}));`;
    }
    case 'disconnect':
      return `await p.act(${i}, ${step.slot}, 'disconnect', (w) => w.disconnect());`;
    case 'kill':
      return `await p.act(${i}, ${step.slot}, 'kill', (w) => w.kill(${step.signal === undefined ? '' : `'${step.signal}'`}));`;
    case 'processKill':
      return `await p.act(${i}, ${step.slot}, 'processKill', (w) => w.process.kill('${step.signal}'));`;
    case 'destroy':
      return `await p.act(${i}, ${step.slot}, 'destroy', (w) => w.destroy(${step.signal === undefined ? '' : `'${step.signal}'`}));`;
    case 'processDisconnect':
      return `await p.act(${i}, ${step.slot}, 'processDisconnect', (w) => w.process.disconnect());`;
    case 'clusterDisconnect':
      return `await p.clusterDisconnect(${i}, (done) => cluster.disconnect(done));`;
    case 'connect':
      return `await p.connect(${i}, ${step.slot}, ${step.server});`;
    case 'wait':
      return `await p.wait(${i}, ${step.slot}, '${step.for}');`;
    case 'waitClusterDisconnect':
      return `await p.waitClusterDisconnect(${i});`;
    default: {
      const { op, slot, ...rest } = step;
      const fields = Object.entries(rest).map(([key, value]) => `${key}: ${key === 'message' ? payloadSource(value as Payload) : JSON.stringify(value)}`);
      return `await p.command(${i}, ${slot}, { op: '${op}'${fields.map((f) => `, ${f}`).join('')} });`;
    }
  }
}

export interface ScriptHeader {
  /** Lines of the comment at the top (what found it, how to replay it). */
  notes?: string[];
}

/** The whole script. `runtimeSource`: the compiled script-runtime.cjs. */
export function renderScript(program: Program, runtimeSource: string, header: ScriptHeader = {}): string {
  const steps = program.steps.map((step, index) => `  ${stepSource(step, index)} // ${describeStep(step)}`);
  return [
    '// A cluster program from cluster-conformance\'s differential checks (npm run differential).',
    '//   node program.cjs                                              runs it on node:cluster',
    '//   CLUSTER_CONFORMANCE_TARGET=/path/to/module.js node program.cjs   runs it on that implementation',
    '// Each "@@cc {json}" line is one observation; differential/README.md says how to read them.',
    ...(header.notes ?? []).map((note) => `// ${note}`),
    "'use strict';",
    '',
    '/** The program: `p` performs each step and records what it sees (step numbers as in the report). */',
    'async function program(cluster, p) {',
    ...steps,
    '  await p.end();',
    '}',
    '',
    '// The runtime that records what happens (differential/script-runtime.cts, compiled).',
    'const runtime = (() => {',
    '  const module = { exports: {} };',
    '  const exports = module.exports;',
    stripSourceMap(runtimeSource),
    '  return module.exports;',
    '})();',
    '',
    '(async () => {',
    '  const cluster = await runtime.loadCluster();',
    `  if (cluster.isPrimary) await program(cluster, await runtime.startPrimary(cluster${program.policy === undefined ? '' : `, '${program.policy}'`}));`,
    '  else runtime.serveWorker(cluster);',
    '})();',
    '',
  ].join('\n');
}

function stripSourceMap(source: string): string {
  return source.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n').trimEnd();
}
