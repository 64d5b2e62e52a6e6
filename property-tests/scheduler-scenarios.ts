/** Generators of command sequences for the scheduler simulation, and the scenarios behind them. */
import fc from 'fast-check';
import type { Command } from './scheduler-simulation.js';

const pick = fc.nat(7);

/** Anything may happen in any order: joins, leaves, closing servers, traffic, stale and duplicate calls. */
export const anyCommands: fc.Arbitrary<Command[]> = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.constant({ kind: 'arrive' } as const) },
    { weight: 5, arbitrary: fc.constant({ kind: 'tick' } as const) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('join' as const), delay: fc.integer({ min: 1, max: 4 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('leave' as const), pick }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('closeServer' as const), pick }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateJoin' as const), pick }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'rearrive' } as const) },
    { weight: 1, arbitrary: fc.constant({ kind: 'echoAck' } as const) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('answerEarly' as const), pick }) },
  ),
  { maxLength: 80, size: 'max' },
);

/** Workers 0..workers-1 join first, all answering after `delay` ticks; then arbitrary traffic. */
export type EqualDelayScenario = { workers: number; delay: number; traffic: ('arrive' | 'tick' | 'rearrive' | 'echoAck')[] };

export const equalDelayScenarios: fc.Arbitrary<EqualDelayScenario> = fc.record({
  workers: fc.integer({ min: 1, max: 5 }),
  delay: fc.integer({ min: 1, max: 4 }),
  traffic: fc.array(fc.constantFrom('arrive', 'arrive', 'arrive', 'tick', 'tick', 'rearrive', 'echoAck'), { maxLength: 120, size: 'max' }),
});

export function equalDelayCommands(s: EqualDelayScenario): Command[] {
  const joins: Command[] = Array.from({ length: s.workers }, () => ({ kind: 'join', delay: s.delay }));
  return [...joins, ...s.traffic.map((kind): Command => ({ kind }))];
}

/** Workers with their own delays join, a backlog that outlasts `window` ticks arrives, time runs to `window`. */
export type UnequalDelayScenario = { delays: number[]; window: number };

export const unequalDelayScenarios: fc.Arbitrary<UnequalDelayScenario> = fc.record({
  delays: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 5 }),
  window: fc.integer({ min: 0, max: 40 }),
});

/**
 * With a standing backlog a worker never holds fewer than `capacity`: each acknowledgement is answered at
 * once by the next handoff. Worker i is therefore handed `capacity` connections at 0, d_i, 2·d_i, … and
 * their acknowledgements land at d_i, 2·d_i, …, so by time T it has accepted exactly
 * capacity · floor(T / d_i): shares follow acknowledgement speed. This holds while the backlog stands; by T
 * the workers have been handed Σ capacity · (floor(T / d_i) + 1) connections, so one more keeps it standing.
 */
export function acceptedWhileBacklogStands(s: UnequalDelayScenario, capacity: number): number[] {
  return s.delays.map((d) => capacity * Math.floor(s.window / d));
}

export function unequalDelayCommands(s: UnequalDelayScenario, capacity: number): Command[] {
  const backlog = s.delays.reduce((sum, d) => sum + capacity * (Math.floor(s.window / d) + 1), 1);
  return [
    ...s.delays.map((delay): Command => ({ kind: 'join', delay })),
    ...Array.from({ length: backlog }, (): Command => ({ kind: 'arrive' })),
    ...Array.from({ length: s.window }, (): Command => ({ kind: 'tick' })),
  ];
}
