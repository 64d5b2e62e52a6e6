// The reference sharing TCP and UDP servers between two workers under both policies, end to end: one
// port per address, bind errors on the worker's server, close() rules, and disconnect() waiting for an
// open connection. Runs scenarios/sharing.ts.
import t from 'tap';
import { runScenario } from './scenarios/run-scenario.js';

interface Outcome {
  addresses: { addressType: number | string; port: number }[];
  reports: Record<string, unknown>[];
  served: string[];
  echoed: string[];
  drain: string[];
}

for (const policy of ['rr', 'none'] as const) {
  t.test(`sharing under ${policy}`, async (t) => {
    const outcome = await runScenario<Outcome>('sharing', [policy]);
    for (const type of [4, 'udp4', 'udp6']) {
      const ports = new Set(outcome.addresses.filter((a) => a.addressType === type).map((a) => a.port));
      t.equal(ports.size, 1, `one port for every ${type} server of both workers`);
    }
    t.ok(outcome.served.every((answer) => /^hold [12]$/.test(answer)), 'TCP answered by the workers', { served: outcome.served });
    if (policy === 'rr') t.same(new Set(outcome.served), new Set(['hold 1', 'hold 2']), 'round-robin uses both workers');
    t.ok(outcome.echoed.every((answer) => /^pong [12]$/.test(answer)), 'UDP answered by the workers', { echoed: outcome.echoed });
    t.equal(outcome.reports.length, 2);
    for (const report of outcome.reports) {
      t.match(report.bindError, { code: 'EADDRINUSE', syscall: 'bind', message: /^bind EADDRINUSE 127\.0\.0\.1:\d+$/ }, "a busy port: 'error' on the worker's server");
      t.equal(report.secondClose, 'ERR_SERVER_NOT_RUNNING', 'close() of a closed server');
      t.equal(report.addressAfterClose, null, 'address() after close()');
      t.match(report.udpBindError, { code: 'EADDRINUSE', message: /^bind EADDRINUSE 127\.0\.0\.1:\d+$/ }, 'a busy UDP port');
      t.match(report.pipeError, { syscall: 'bind', address: '/nonexistent-directory/cluster.sock', message: /^bind E[A-Z]+ \/nonexistent-directory\/cluster\.sock$/ }, 'a Unix socket that cannot be created');
    }
    t.same(outcome.drain, ['client ends', 'disconnect'], "disconnect() waits for the worker's open connection");
  });
}
