// Scenario for udp-handover.test.ts: worker 1 binds a UDP socket through the reference, a client sends it a
// bounded stream of numbered datagrams, and workers 2..4 bind the same socket one after another meanwhile,
// each getting a copy that passes through the primary. The primary records the numbers its own dgram sockets
// read (those copies), each worker the numbers it got; one JSON line with both.
import dgram from 'node:dgram';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import cluster from '../index.cjs';
import type { PrimaryCluster } from '../primary.cjs';

const WORKERS = 4;
const DATAGRAMS = 2000;

async function primary(self: PrimaryCluster): Promise<void> {
  self.schedulingPolicy = process.argv[2] === 'none' ? self.SCHED_NONE : self.SCHED_RR;
  const readByPrimary: number[] = [];
  const emit = dgram.Socket.prototype.emit;
  // The primary's copies are dgram sockets of this process: count what they read.
  dgram.Socket.prototype.emit = function (this: dgram.Socket, event: string | symbol, ...args: unknown[]) {
    if (event === 'message') readByPrimary.push(Number(String(args[0])));
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  };
  const bound = async () => (await once(self.fork(), 'listening'))[0] as { port: number };
  const { port } = await bound();
  const client = dgram.createSocket('udp4');
  const sending = (async () => {
    for (let number = 0; number < DATAGRAMS; number++) {
      client.send(String(number), port, '127.0.0.1');
      if (number % 10 === 0) await sleep(2); // a steady stream, not a burst the socket buffer would drop
    }
  })();
  for (let worker = 2; worker <= WORKERS; worker++) await bound();
  await sending;
  await sleep(200); // the last datagrams reach the workers
  const received: number[] = [];
  for (const worker of Object.values(self.workers)) {
    worker?.send('report');
    received.push(...((await once(worker!, 'message'))[0] as number[]));
  }
  client.close();
  self.disconnect(() => console.log(JSON.stringify({ readByPrimary, received })));
}

function worker(): void {
  const received: number[] = [];
  const socket = dgram.createSocket('udp4').bind(0, '127.0.0.1');
  socket.on('message', (message) => received.push(Number(String(message))));
  process.on('message', () => process.send?.(received));
}

if (cluster.isPrimary) await primary(cluster as PrimaryCluster);
else worker();
