// Generated lifecycle command sequences for the real-process model test.
import fc from 'fast-check';
import type { Command } from './lifecycle-model.js';

const pick = fc.nat(3);
const fork = fc.record({ op: fc.constant('fork' as const), graceful: fc.boolean() });

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fork },
  { weight: 2, arbitrary: fc.constant({ op: 'connect' } as const) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('kill' as const), pick }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('kill' as const), pick, signal: fc.constantFrom('SIGTERM' as const, 'SIGKILL' as const, 'SIGINT' as const) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('disconnect' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('closeChannel' as const), pick }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('send' as const), pick }) },
);

export const lifecycleCommands: fc.Arbitrary<Command[]> = fc.array(command, { minLength: 1, maxLength: 12, size: 'max' });
