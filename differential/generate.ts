/**
 * fast-check arbitraries of cluster programs (pure). Steps are drawn freely over a few slots and then made
 * legal by the model (model.ts): steps that may not come at their place are dropped, and the waits a step
 * needs (a worker's readiness, an acknowledgement) are put in front of it. Shrinking removes and simplifies
 * raw steps, so a shrunk program stays legal.
 */
import fc from 'fast-check';
import { legalize, MAX_SERVERS_PER_SLOT, MAX_SLOTS } from './model.js';
import {
  FORK_ENVS,
  HANDLE_KINDS,
  isInternalPayload,
  KILL_SIGNALS,
  type KillSignal,
  LISTEN_KINDS,
  SETUP_VARIANTS,
  UNDEFINED_PAYLOAD,
  WAIT_FOR,
  type Payload,
  type Program,
  type Step,
} from './program.js';

/** Payloads worth trying first (shrinking goes towards the first); then small JSON values. */
const NOTABLE_PAYLOADS: Payload[] = ['hello', 0, { a: [1, 'b'], n: null }, '', null, true, [1, 2], { cmd: 'NODE_DT_PROBE' }, { cmd: 'app' }, UNDEFINED_PAYLOAD];
const payload: fc.Arbitrary<Payload> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NOTABLE_PAYLOADS) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Payload> },
);

const slot = fc.nat(MAX_SLOTS - 1);
const server = fc.nat(MAX_SERVERS_PER_SLOT - 1);
const signal = fc.constantFrom(...KILL_SIGNALS);
/** kill() without a signal as often as with each one (and first when shrinking). */
const maybeSignal = fc.constantFrom<KillSignal | undefined>(undefined, ...KILL_SIGNALS);

/** Internal (NODE_) messages are never given a handle: what Node does with one is not this tool's question. */
const send = fc.record({ slot, message: payload, handle: fc.constantFrom(...HANDLE_KINDS) }).map(
  (s): Step => ({ op: 'send', ...s, handle: isInternalPayload(s.message) ? 'none' : s.handle }),
);

const rawStep: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('fork' as const), env: fc.constantFrom(...FORK_ENVS) }) },
  { weight: 8, arbitrary: fc.record({ op: fc.constant('wait' as const), slot, for: fc.constantFrom(...WAIT_FOR) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('listen' as const), slot, kind: fc.constantFrom(...LISTEN_KINDS) }) },
  { weight: 3, arbitrary: send },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('connect' as const), slot, server }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('kill' as const), slot, signal: maybeSignal }).map(withoutUndefined) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('disconnect' as const), slot }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('workerSend' as const), slot, message: payload, via: fc.constantFrom('process' as const, 'worker' as const) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('close' as const), slot, server }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('processKill' as const), slot, signal }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('destroy' as const), slot, signal: maybeSignal }).map(withoutUndefined) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('processDisconnect' as const), slot }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('setupPrimary' as const), settings: fc.constantFrom(...SETUP_VARIANTS) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'clusterDisconnect' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'waitClusterDisconnect' as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('workerDisconnect' as const), slot }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('workerExit' as const), slot, code: fc.constantFrom(0, 1, 7) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('workerKill' as const), slot, signal: maybeSignal }).map(withoutUndefined) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('workerCloseChannel' as const), slot }) },
);

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export interface ProgramArbitraryOptions {
  /** Raw steps drawn before legalizing (default 24). */
  maxRawSteps?: number;
}

/** Programs that start with a fork (a program without a worker tests little) and are legal by construction. */
export function programArbitrary(options: ProgramArbitraryOptions = {}): fc.Arbitrary<Program> {
  const steps = fc.array(rawStep, { minLength: 1, maxLength: options.maxRawSteps ?? 24, size: 'max' });
  const policy = fc.constantFrom(undefined, 'rr' as const, 'none' as const);
  return fc.record({ policy, steps }).map(({ policy: p, steps: raw }) => {
    const program: Program = { steps: legalize([{ op: 'fork', env: 'none' }, ...raw]) };
    return p === undefined ? program : { policy: p, ...program };
  });
}
