/**
 * Which handle of the primary a worker's server joins (SPEC F-14). A worker numbers the servers it opens on
 * one address, from 0, for as long as one of them stays open there: a closed one keeps its number taken, and
 * the count starts again at 0 only once the worker has none open on that address (node.listen-02). The primary
 * shares a handle between the servers of equal address and number, so the n-th listen(0) of every worker gets
 * one port and two open at once in a worker get two (node.listen-01), and a second listen on an explicit port
 * in the same worker opens a second socket there, which fails with EADDRINUSE (node.listen-04). Pure: no I/O.
 */
import { keyOf, type ListenRequest } from './listen-request.cjs';

export class ListenSlots {
  readonly #byAddress = new Map<string, { next: number; open: Set<number> }>();

  /** The number of a new server on `address` (a request's key). */
  take(address: string): number {
    const entry = this.#byAddress.get(address) ?? { next: 0, open: new Set<number>() };
    this.#byAddress.set(address, entry);
    const slot = entry.next++;
    entry.open.add(slot);
    return slot;
  }

  /** That server closed, or never listened. */
  release(address: string, slot: number): void {
    const entry = this.#byAddress.get(address);
    if (!entry?.open.delete(slot)) return;
    if (entry.open.size === 0) this.#byAddress.delete(address);
  }
}

/**
 * The key of the primary's handle for a request and its number. In the doc mode every listen(0)/bind(0) on one
 * address gets the same port, whatever its number (SPEC how-16); a request without a number shares by address.
 */
export function shareKey(request: ListenRequest, slot: number | undefined, followsNode: boolean): string {
  const anyPort = (request.kind === 'tcp' || request.kind === 'udp') && request.port === 0;
  return slot === undefined || (anyPort && !followsNode) ? keyOf(request) : `${keyOf(request)}#${slot}`;
}
