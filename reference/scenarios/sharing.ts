// Scenario for sharing.test.ts: two workers share TCP and UDP servers through the reference under the
// policy named in argv[2] ('rr' or 'none'), then leave gracefully, so that their coverage is written too.
// The primary prints one JSON line with what it saw.
import net from 'node:net';
import dgram from 'node:dgram';
import { once } from 'node:events';
import cluster from '../index.cjs';
import type { PrimaryCluster } from '../primary.cjs';
import type { WorkerCluster } from '../worker-side.cjs';
import type { Worker } from '../worker.cjs';

const WORKERS = 2;

async function primary(self: PrimaryCluster): Promise<void> {
  self.schedulingPolicy = process.argv[2] === 'none' ? self.SCHED_NONE : self.SCHED_RR;
  const blocker = net.createServer().listen(0, '127.0.0.1');
  await once(blocker, 'listening');
  const busyPort = (blocker.address() as net.AddressInfo).port;
  const udpBlocker = dgram.createSocket('udp4').bind(0, '127.0.0.1');
  await once(udpBlocker, 'listening');
  const addresses: unknown[] = [];
  const reports: unknown[] = [];
  self.on('listening', (_worker, address) => addresses.push(address));
  self.on('message', (_worker, message) => reports.push(message));
  const workers = Array.from({ length: WORKERS }, () => self.fork({ BUSY_PORT: String(busyPort), BUSY_UDP_PORT: String(udpBlocker.address().port) }));
  while (reports.length < WORKERS) await once(self, 'message');
  const tcp = addresses.find((a) => (a as { addressType: unknown }).addressType === 4) as { port: number };
  const udp = addresses.filter((a) => String((a as { addressType: unknown }).addressType).startsWith('udp')) as { port: number; addressType: 'udp4' | 'udp6' }[];
  const served: string[] = [];
  for (let i = 0; i < 4; i++) served.push(await ask(tcp.port));
  const echoed: string[] = [];
  for (const { port, addressType } of udp) echoed.push(await echo(port, addressType === 'udp6' ? '::1' : '127.0.0.1', addressType));
  const drain = await disconnectWithOpenConnection(workers[0], tcp.port);
  self.disconnect(() => {
    blocker.close();
    udpBlocker.close();
    console.log(JSON.stringify({ addresses, reports, served, echoed, drain }));
  });
}

/** The greeting of one connection. */
async function ask(port: number): Promise<string> {
  const socket = net.connect(port, '127.0.0.1');
  const [greeting] = await once(socket, 'data');
  socket.destroy();
  return String(greeting);
}

async function echo(port: number, address: string, type: 'udp4' | 'udp6'): Promise<string> {
  const socket = dgram.createSocket(type);
  socket.send('ping', port, address);
  const [reply] = await once(socket, 'message');
  socket.close();
  return String(reply);
}

/** worker.disconnect() waits for an open connection to end: 'disconnect' only after the client hangs up. */
async function disconnectWithOpenConnection(worker: Worker, port: number): Promise<string[]> {
  const order: string[] = [];
  let client: net.Socket | undefined;
  for (let i = 0; i < 10 && !client; i++) {
    const socket = net.connect(port, '127.0.0.1');
    const [hello] = await once(socket, 'data');
    if (String(hello) === `hold ${worker.id}`) client = socket;
    else socket.destroy();
  }
  worker.once('disconnect', () => order.push('disconnect'));
  worker.disconnect();
  await new Promise((resolve) => setTimeout(resolve, 200));
  order.push('client ends');
  client?.end();
  await once(worker, 'exit');
  return order;
}

function workerSide(): void {
  const id = String((cluster as WorkerCluster).worker?.id);
  const report: Record<string, unknown> = { id };
  let pending = 6;
  const done = () => --pending === 0 && process.send?.(report);
  // Every connection gets "hold <id>"; it stays open until the client ends it.
  const server = net.createServer((socket) => {
    socket.write(`hold ${id}`);
    socket.on('data', () => {}).on('end', () => socket.end());
  });
  server.listen(0, done);
  for (const [type, address] of [['udp4', '127.0.0.1'], ['udp6', '::1']] as const) {
    const socket = dgram.createSocket(type);
    socket.on('message', (_message, from) => socket.send(`pong ${id}`, from.port, from.address));
    socket.bind({ port: 0, address }, done);
  }
  // Bind errors of other kinds: a busy UDP port, a Unix socket in a missing directory.
  const udpBusy = dgram.createSocket('udp4').on('error', (error: NodeJS.ErrnoException) => {
    report.udpBindError = { code: error.code, message: error.message };
    done();
  });
  udpBusy.bind(Number(process.env.BUSY_UDP_PORT), '127.0.0.1');
  net.createServer().listen('/nonexistent-directory/cluster.sock').on('error', (error: NodeJS.ErrnoException & { address?: string }) => {
    report.pipeError = { syscall: error.syscall, address: error.address, message: error.message };
    done();
  });
  const busy = net.createServer().listen(Number(process.env.BUSY_PORT), '127.0.0.1');
  busy.on('error', (error: NodeJS.ErrnoException) => {
    report.bindError = { code: error.code, syscall: error.syscall, message: error.message };
    const closing = net.createServer().listen(0, () => {
      closing.close();
      closing.close((second) => {
        report.secondClose = (second as NodeJS.ErrnoException | undefined)?.code;
        report.addressAfterClose = closing.address();
        done();
      });
    });
  });
}

if (cluster.isPrimary) void primary(cluster as PrimaryCluster);
else workerSide();
