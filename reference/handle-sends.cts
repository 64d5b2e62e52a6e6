/**
 * Sends on a channel where a message carrying a handle must reach the receiver alone: Deno loses such a message
 * when it arrives together with earlier data the receiver has not read yet, and its channel then stalls (README,
 * Results on other runtimes). So a handle goes only once the peer has confirmed reading everything sent before:
 * a sync request, answered by the peer; what is sent meanwhile waits, in order. Pure: the wire is given.
 *
 * Both sides may ask at once, and an answer is itself data sent before the next handle: the side that yields
 * answers at once (and asks again if it answered since asking); the other holds its answers until its own handle
 * is out, so the two cannot keep invalidating each other's rounds.
 */

export interface Outgoing {
  message: object;
  handle: unknown;
  options: object;
  done: (error: Error | null) => void;
}

export interface Wire {
  /** Puts one message on the channel. */
  write(outgoing: Outgoing): void;
  /** Asks the peer to confirm it read everything so far. */
  ask(): void;
  /** Confirms to the peer that everything it sent before its request was read. */
  answer(): void;
}

export class HandleSends {
  readonly #wire: Wire;
  readonly #yields: boolean;
  readonly #queue: Outgoing[] = [];
  /** A request of ours is waiting for its answer. */
  #asking = false;
  /** Something was sent that the peer has not confirmed reading. */
  #unconfirmed = false;
  /** Answers held back while asking (the side that does not yield). */
  #owed = 0;

  constructor(wire: Wire, yields: boolean) {
    this.#wire = wire;
    this.#yields = yields;
  }

  send(outgoing: Outgoing): void {
    this.#queue.push(outgoing);
    this.#pump();
  }

  /** The peer asks for a confirmation. */
  asked(): void {
    if (this.#asking && !this.#yields) this.#owed += 1;
    else this.#answer();
  }

  /** The peer confirmed our request. */
  answered(): void {
    this.#asking = false;
    this.#pump();
  }

  /** The channel closed: what waits will never go. */
  closed(error: Error): void {
    this.#owed = 0;
    for (const outgoing of this.#queue.splice(0)) outgoing.done(error);
  }

  #pump(): void {
    while (!this.#asking && this.#queue.length > 0) {
      const next = this.#queue[0];
      if (next.handle != null && this.#unconfirmed) {
        this.#payOwed();
        this.#asking = true;
        this.#wire.ask();
        this.#unconfirmed = false;
        return;
      }
      this.#queue.shift();
      this.#wire.write(next);
      this.#unconfirmed = true;
    }
    if (!this.#asking) this.#payOwed();
  }

  #answer(): void {
    this.#wire.answer();
    this.#unconfirmed = true;
  }

  #payOwed(): void {
    for (; this.#owed > 0; this.#owed -= 1) this.#answer();
  }
}
