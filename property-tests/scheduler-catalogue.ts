/**
 * The scheduler properties: each pairs a scenario generator with a check of the simulation log, and
 * names the planted faults it must catch (see faulty-schedulers.ts).
 */
import fc from 'fast-check';
import type { Fault } from './faulty-schedulers.js';
import * as check from './scheduler-properties.js';
import type { Verdict } from './scheduler-properties.js';
import * as scenarios from './scheduler-scenarios.js';
import { simulate, type Command, type Event, type SchedulerUnderTest } from './scheduler-simulation.js';

export type RunOptions = { seed?: number; path?: string; numRuns: number };

/** Schedulers to check, each letting a worker hold up to `capacity` unacknowledged connections. */
export type Target = { capacity: number; make(): SchedulerUnderTest };

export type SchedulerProperty = {
  /** Checks the property against fresh schedulers from the target; the details say whether it failed. */
  run(target: Target, options: RunOptions): fc.RunDetails<unknown>;
  /** Faults it must catch at capacities 1 and 2 (capacity-only faults at 2: see faulty-schedulers.ts). */
  caughtBy: readonly Fault[];
};

function defineProperty<S>(
  arbitrary: fc.Arbitrary<S>,
  commands: (scenario: S, capacity: number) => Command[],
  judge: (log: Event[], scenario: S, capacity: number) => Verdict,
  caughtBy: readonly Fault[],
): SchedulerProperty {
  const holds = ({ capacity, make }: Target) => (scenario: S) => {
    const why = judge(simulate(make(), commands(scenario, capacity)), scenario, capacity);
    if (why !== undefined) throw new Error(why);
  };
  return {
    caughtBy,
    run: (target, options) => fc.check(fc.property(arbitrary, holds(target)), options) as fc.RunDetails<unknown>,
  };
}

const asIs = (commands: Command[]) => commands;

export const schedulerProperties = {
  conservation: defineProperty(scenarios.anyCommands, asIs, check.conservation, [
    'drop-orphan',
    'no-close-when-empty',
    'ignore-refusal',
    'accept-duplicate-arrival',
  ]),
  atMostCapacity: defineProperty(scenarios.anyCommands, asIs, (log, _, capacity) => check.atMostCapacity(capacity)(log), [
    'hand-to-busy',
    'trust-any-ack',
    'over-capacity',
  ]),
  fewestHeldFirst: defineProperty(scenarios.anyCommands, asIs, check.fewestHeldFirst, ['ignore-load']),
  onlyToMembers: defineProperty(scenarios.anyCommands, asIs, check.onlyToMembers, ['keep-departed']),
  refusedGoesFirstElsewhere: defineProperty(scenarios.anyCommands, asIs, check.refusedGoesFirstElsewhere, [
    'refused-to-back',
    'ignore-refusal',
  ]),
  noStarvation: defineProperty(scenarios.anyCommands, asIs, check.noStarvation, ['lifo-free']),
  /**
   * Equal delays: acknowledgements land in handoff order, so at capacity 1 a free worker's last handoff is
   * older than any busy worker's, and the free queue is FIFO, so every handoff goes to the worker whose
   * last handoff is oldest. The workers are thus served in one fixed cyclic order, and both handoff and
   * acceptance counts stay within 1 of each other at every moment, backlog or not. At capacity 2 what the
   * workers hold is always the newest handoffs, so the next worker in that cyclic order holds fewest and
   * the order carries on; checked here at both capacities rather than proven for 2.
   */
  equalDelayBalance: defineProperty(
    scenarios.equalDelayScenarios,
    scenarios.equalDelayCommands,
    (log, s) => {
      const workers = Array.from({ length: s.workers }, (_, i) => i);
      return check.balancedWithinOne(log, workers, 'handoff') ?? check.balancedWithinOne(log, workers, 'accept');
    },
    ['lifo-free'],
  ),
  unequalDelayShares: defineProperty(
    scenarios.unequalDelayScenarios,
    scenarios.unequalDelayCommands,
    (log, s, capacity) => check.acceptedByTime(log, s.window, scenarios.acceptedWhileBacklogStands(s, capacity)),
    ['hand-to-busy'],
  ),
} satisfies Record<string, SchedulerProperty>;

export type PropertyName = keyof typeof schedulerProperties;
