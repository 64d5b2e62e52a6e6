/**
 * Which signal a kill() means, by name: the primary checks it before it tells a worker it is being killed, so that
 * an unknown signal changes nothing (see primary.cts).
 */
import { constants } from 'node:os';

const SIGNALS: Readonly<Record<string, number>> = constants.signals;

/** The name of a signal given by name (any case, as child_process accepts it) or number; undefined if unknown. */
export function signalName(signal: unknown): NodeJS.Signals | undefined {
  const name =
    typeof signal === 'number' ? Object.keys(SIGNALS).find((known) => SIGNALS[known] === signal)
    : typeof signal === 'string' ? signal.toUpperCase()
    : undefined;
  return name !== undefined && Object.hasOwn(SIGNALS, name) ? (name as NodeJS.Signals) : undefined;
}
