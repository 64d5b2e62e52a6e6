/**
 * SCHED_NONE, and UDP under any policy (SPEC how: the second approach): the primary opens the listening
 * socket once and sends it to every worker that asks; the workers accept on it themselves. The primary
 * keeps it open while some worker uses it, so later workers get the same socket (same port for listen(0)).
 */
import type { Server } from 'node:net';
import type { Socket } from 'node:dgram';
import { bindUdp, listenNet, type Outcome } from './primary-listen.cjs';
import type { ListenRequest } from './listen-request.cjs';
import type { Worker } from './worker.cjs';

export class SharedHandle {
  readonly handle: Server | Socket;
  readonly #outcome: Promise<Outcome>;
  readonly #workers = new Set<Worker>();

  constructor(request: ListenRequest) {
    const { handle, outcome } = request.kind === 'udp' ? bindUdp(request) : listenNet(request, {});
    this.handle = handle;
    this.#outcome = outcome;
  }

  async add(worker: Worker): Promise<Outcome> {
    const outcome = await this.#outcome;
    if ('name' in outcome) this.#workers.add(worker);
    return outcome;
  }

  has(worker: Worker): boolean {
    return this.#workers.has(worker);
  }

  remove(worker: Worker): void {
    this.#workers.delete(worker);
  }

  get workerCount(): number {
    return this.#workers.size;
  }

  close(): void {
    this.handle.close();
  }
}
