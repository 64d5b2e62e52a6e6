/**
 * Hides some emissions of one event from an emitter's listeners by wrapping each listener as it is added.
 *
 * For an endpoint whose runtime calls the listeners without going through its emit() (Bun, for the 'message'
 * event of the global `process`), where wrapping emit() cannot divert internal messages (see protocol.cts).
 * Adding and removing listeners keeps working with the functions the caller gave, as does listeners().
 */
import type { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;
type AddMethod = 'on' | 'addListener' | 'prependListener' | 'once' | 'prependOnceListener';

const ADDERS: Record<AddMethod, { once: boolean }> = {
  on: { once: false },
  addListener: { once: false },
  prependListener: { once: false },
  once: { once: true },
  prependOnceListener: { once: true },
};

/**
 * From now on, a listener of `event` added to `emitter` is not called for emissions whose arguments `hidden`
 * accepts. A once-listener is used up by the first emission it is called for, not by a hidden one.
 */
export function hideFromListeners(emitter: EventEmitter, event: string, hidden: (args: unknown[]) => boolean): void {
  // Per listener given, its wrappers still added (the same function may be added several times); and back.
  const wrappersOf = new WeakMap<Listener, Listener[]>();
  const originalOf = new WeakMap<Listener, Listener>();
  const on = emitter.on.bind(emitter);
  const prependListener = emitter.prependListener.bind(emitter);
  const removeListener = emitter.removeListener.bind(emitter);
  const listeners = emitter.listeners.bind(emitter);

  const forget = (listener: Listener, wrapper: Listener) => {
    const wrappers = wrappersOf.get(listener) ?? [];
    wrappers.splice(wrappers.lastIndexOf(wrapper), 1);
    if (wrappers.length === 0) wrappersOf.delete(listener);
  };

  for (const [method, { once }] of Object.entries(ADDERS) as [AddMethod, { once: boolean }][]) {
    const add = emitter[method].bind(emitter);
    // once-listeners are added as ordinary ones that remove themselves when called for a visible emission.
    const addPlain = once ? (method === 'once' ? on : prependListener) : add;
    emitter[method] = function (name: string | symbol, listener: Listener) {
      if (name !== event || typeof listener !== 'function') return add(name, listener);
      const wrapper: Listener = function (this: unknown, ...args: unknown[]) {
        if (hidden(args)) return undefined;
        if (once) {
          removeListener(event, wrapper);
          forget(listener, wrapper);
        }
        return listener.apply(this, args);
      };
      originalOf.set(wrapper, listener);
      wrappersOf.set(listener, [...(wrappersOf.get(listener) ?? []), wrapper]);
      return addPlain(name, wrapper);
    } as EventEmitter[AddMethod];
  }

  emitter.removeListener = emitter.off = function (name: string | symbol, listener: Listener) {
    const wrapper = name === event ? wrappersOf.get(listener)?.at(-1) : undefined;
    if (wrapper === undefined) return removeListener(name, listener);
    forget(listener, wrapper);
    return removeListener(name, wrapper);
  } as EventEmitter['removeListener'];

  emitter.listeners = function (name: string | symbol) {
    const found = listeners(name) as Listener[];
    return name === event ? found.map((listener) => originalOf.get(listener) ?? listener) : found;
  } as EventEmitter['listeners'];
}
