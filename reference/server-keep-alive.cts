/**
 * SPEC node.listen-11, -12: a worker's server listening through the cluster keeps the worker alive as a listening
 * socket of its own would, and its unref()/ref() (also an unref() made before listen()) take effect. A round-robin
 * server has no socket in the worker: a timer stands in for it. A SCHED_NONE server accepts on the shared socket,
 * which then follows the server's ref state.
 */
import { Server } from 'node:net';

/** What keeps the worker alive for a server. */
export interface Holder {
  ref(): unknown;
  unref(): unknown;
}

const unrefd = new WeakSet<Server>();
const holders = new WeakMap<Server, Holder>();
/** Far beyond any run; below the largest delay timers accept (2^31 - 1 ms). */
const NEVER_MS = 2 ** 30;

/** Patches net.Server's ref() and unref() once: they also reach the server's holder, and are remembered. */
export function installKeepAlive(): void {
  const { ref, unref } = Server.prototype;
  Server.prototype.unref = function (this: Server) {
    unrefd.add(this);
    holders.get(this)?.unref();
    return unref.call(this);
  };
  Server.prototype.ref = function (this: Server) {
    unrefd.delete(this);
    holders.get(this)?.ref();
    return ref.call(this);
  };
}

/** `holder` (a stand-in timer when none is given) keeps the worker alive for `server` until the returned stop(). */
export function keepAliveFor(server: Server, holder: Holder = standIn()): () => void {
  holders.set(server, holder);
  if (unrefd.has(server)) holder.unref();
  return () => {
    if (holders.get(server) !== holder) return;
    holders.delete(server);
    if (holder instanceof StandIn) holder.close();
  };
}

class StandIn implements Holder {
  readonly #timer = setInterval(() => {}, NEVER_MS);

  ref(): void {
    this.#timer.ref();
  }

  unref(): void {
    this.#timer.unref();
  }

  close(): void {
    clearInterval(this.#timer);
  }
}

function standIn(): StandIn {
  return new StandIn();
}
