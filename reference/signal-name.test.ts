// signalName (pure): what the primary tells a worker it is killed with.
import t from 'tap';
import { constants } from 'node:os';
import { signalName } from './signal-name.cjs';

t.test('names, numbers and unknown signals', async (t) => {
  t.equal(signalName('SIGTERM'), 'SIGTERM');
  t.equal(signalName('sigint'), 'SIGINT', 'any case, as child_process accepts it');
  t.equal(signalName(constants.signals.SIGKILL), 'SIGKILL');
  t.equal(signalName('SIGBOGUS'), undefined);
  t.equal(signalName(0), undefined, '0 ends nothing');
  t.equal(signalName('15'), undefined, 'a number in a string is not a name');
});
