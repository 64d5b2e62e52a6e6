// The program model and the generator (pure): generated programs are legal, legalize() repairs or drops what
// may not come, and the analysis says which workers raced.
import fc from 'fast-check';
import t from 'tap';
import { programArbitrary } from '../generate.js';
import { analyze, legalize, MAX_SLOTS, ProgramModel } from '../model.js';
import { isCommand, type Program, type Step } from '../program.js';

t.test('every generated program is legal step by step, starts with a fork, and names only forked workers', async (tt) => {
  fc.assert(
    fc.property(programArbitrary(), (program: Program) => {
      const model = new ProgramModel();
      if (program.steps[0]?.op !== 'fork') return false;
      for (const step of program.steps) {
        if (!model.allows(step)) return false;
        if ('slot' in step && step.slot >= model.forks) return false;
        model.apply(step);
      }
      return model.forks <= MAX_SLOTS;
    }),
    { numRuns: 300, seed: 1 },
  );
  tt.pass('300 programs');
});

t.test('commands and messages go only to a worker known to be ready and not told to end', async (tt) => {
  fc.assert(
    fc.property(programArbitrary(), (program: Program) => {
      const model = new ProgramModel();
      for (const step of program.steps) {
        if ((isCommand(step) || step.op === 'connect') && 'slot' in step && !model.isReady(step.slot)) return false;
        model.apply(step);
      }
      return true;
    }),
    { numRuns: 300, seed: 2 },
  );
  tt.pass('300 programs');
});

const fork: Step = { op: 'fork', env: 'none' };

t.test('legalize puts the waits a step needs in front of it, retargets slots and drops the impossible', async (tt) => {
  tt.same(legalize([fork, { op: 'listen', slot: 0, kind: 'tcp4' }]), [fork, { op: 'wait', slot: 0, for: 'ready' }, { op: 'listen', slot: 0, kind: 'tcp4' }]);
  tt.same(
    legalize([fork, { op: 'listen', slot: 0, kind: 'tcp4' }, { op: 'connect', slot: 0, server: 0 }]),
    [fork, { op: 'wait', slot: 0, for: 'ready' }, { op: 'listen', slot: 0, kind: 'tcp4' }, { op: 'wait', slot: 0, for: 'ack' }, { op: 'connect', slot: 0, server: 0 }],
  );
  tt.same(legalize([fork, { op: 'kill', slot: 2 }]), [fork, { op: 'kill', slot: 0 }], 'slot 2 of one worker is slot 0');
  tt.same(legalize([{ op: 'kill', slot: 0 }, fork]), [fork], 'nothing to kill before a fork');
  tt.same(legalize([fork, { op: 'wait', slot: 0, for: 'exit' }]), [fork], 'no exit to wait for before an ending');
  tt.same(legalize([fork, { op: 'kill', slot: 0 }, { op: 'send', slot: 0, message: 'x', handle: 'none' }]), [fork, { op: 'kill', slot: 0 }], 'no message to a worker told to end');
  const exclusive = legalize([fork, { op: 'listen', slot: 0, kind: 'tcp4-exclusive' }, { op: 'wait', slot: 0, for: 'ack' }, { op: 'disconnect', slot: 0 }, { op: 'wait', slot: 0, for: 'exit' }]);
  tt.equal(exclusive.at(-1)?.op, 'disconnect', 'a worker holding an exclusive server outlives disconnect(): no exit to wait for');
  const ready = [fork, { op: 'wait', slot: 0, for: 'ready' }] as Step[];
  const listens = (slot: number): Step => ({ op: 'listen', slot, kind: 'tcp4' });
  const racing = legalize([...ready, listens(0), { op: 'wait', slot: 0, for: 'ack' }, fork, { op: 'wait', slot: 1, for: 'ready' }, listens(1), { op: 'kill', slot: 0 }]);
  tt.same(racing.at(-1), listens(1), 'no ending of a worker holding a shared handle while another one is opening it');
  const opening = legalize([...ready, listens(0), fork, { op: 'wait', slot: 1, for: 'ready' }, listens(1)]);
  tt.same(opening.at(-1), { op: 'wait', slot: 1, for: 'ready' }, 'no listen while another worker is still opening one');
});

t.test('the analysis: a worker ended while something sent to it was in flight raced, from the step that ended it', async (tt) => {
  const settled = analyze({ steps: [fork, { op: 'wait', slot: 0, for: 'ready' }, { op: 'workerSend', slot: 0, message: 1, via: 'process' }, { op: 'wait', slot: 0, for: 'ack' }, { op: 'kill', slot: 0 }] });
  tt.same([...settled.racySlots], []);
  const raced = analyze({ steps: [fork, { op: 'wait', slot: 0, for: 'ready' }, { op: 'workerSend', slot: 0, message: 1, via: 'process' }, { op: 'kill', slot: 0 }] });
  tt.same([...raced.racySlots], [0]);
  tt.same([...raced.endedAt], [[0, 3]]);
  tt.same([...raced.unsettledSteps], [2]);
  const early = analyze({ steps: [fork, { op: 'kill', slot: 0 }] });
  tt.same([...early.racySlots], [0], 'killed before it was known to be ready');
  const queued = analyze({ steps: [fork, { op: 'wait', slot: 0, for: 'ready' }, { op: 'send', slot: 0, message: 1, handle: 'socket' }, { op: 'send', slot: 0, message: 2, handle: 'none' }] });
  tt.same([...queued.queuedMaybe], [3], "a send behind a handle's may be queued (send() false) or not");
});
