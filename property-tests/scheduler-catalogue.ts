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

export type SchedulerProperty = {
  /** Checks the property against fresh schedulers from `make`; the details say whether it failed. */
  run(make: () => SchedulerUnderTest, options: RunOptions): fc.RunDetails<unknown>;
  caughtBy: readonly Fault[];
};

function defineProperty<S>(
  arbitrary: fc.Arbitrary<S>,
  commands: (scenario: S) => Command[],
  judge: (log: Event[], scenario: S) => Verdict,
  caughtBy: readonly Fault[],
): SchedulerProperty {
  const holds = (make: () => SchedulerUnderTest) => (scenario: S) => {
    const why = judge(simulate(make(), commands(scenario)), scenario);
    if (why !== undefined) throw new Error(why);
  };
  return {
    caughtBy,
    run: (make, options) => fc.check(fc.property(arbitrary, holds(make)), options) as fc.RunDetails<unknown>,
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
  oneUnacknowledged: defineProperty(scenarios.anyCommands, asIs, check.oneUnacknowledged, ['hand-to-busy', 'trust-any-ack']),
  onlyToMembers: defineProperty(scenarios.anyCommands, asIs, check.onlyToMembers, ['keep-departed']),
  refusedGoesFirstElsewhere: defineProperty(scenarios.anyCommands, asIs, check.refusedGoesFirstElsewhere, [
    'refused-to-back',
    'ignore-refusal',
  ]),
  noStarvation: defineProperty(scenarios.anyCommands, asIs, check.noStarvation, ['lifo-free']),
  /**
   * Equal delays: a free worker's last handoff is older than any busy worker's (it was acknowledged, and
   * acknowledgements land in handoff order), and the free queue is FIFO, so every handoff goes to the
   * worker whose last handoff is oldest. The workers are thus served in one fixed cyclic order, and both
   * handoff and acceptance counts stay within 1 of each other at every moment, backlog or not.
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
    (log, s) => check.acceptedByTime(log, s.window, scenarios.acceptedWhileBacklogStands(s)),
    ['hand-to-busy'],
  ),
} satisfies Record<string, SchedulerProperty>;

export type PropertyName = keyof typeof schedulerProperties;
