// RoundRobinScheduler (pure) with room for two unanswered connections per worker, as the round-robin handle
// uses it; property-tests/ check the default of one.
import t from 'tap';
import { RoundRobinScheduler, type Decision } from './round-robin-scheduler.cjs';

const handoffs = (decisions: Decision<string, string>[]) =>
  decisions.map((d) => (d.kind === 'handoff' ? `${d.connection}>${d.worker}` : `close ${d.connection}`));

function twoWorkers(): RoundRobinScheduler<string, string> {
  const s = new RoundRobinScheduler<string, string>(2);
  s.addWorker('a');
  s.addWorker('b');
  return s;
}

t.test('capacity must be a positive integer', async (t) => {
  for (const bad of [0, -1, 1.5, Number.NaN]) t.throws(() => new RoundRobinScheduler(bad), RangeError, String(bad));
});

t.test('connections alternate, then each worker holds two before any waits', async (t) => {
  const s = twoWorkers();
  const sent = ['c1', 'c2', 'c3', 'c4', 'c5'].flatMap((c) => handoffs(s.connectionArrived(c)));
  t.same(sent, ['c1>a', 'c2>b', 'c3>a', 'c4>b']);
  t.same([s.pendingCount, s.freeCount], [1, 0]);
  t.same(handoffs(s.acknowledged('b', 'c2', true)), ['c5>b'], 'the first to answer takes the waiting one');
  t.ok(s.holds('b', 'c4') && s.holds('b', 'c5'));
  t.equal(s.heldBy('a'), 'c1', 'the oldest held');
});

t.test('a free worker holding fewer comes first', async (t) => {
  const s = twoWorkers();
  ['c1', 'c2', 'c3', 'c4'].forEach((c) => s.connectionArrived(c)); // a: c1 c3, b: c2 c4
  s.acknowledged('a', 'c1', true); // a free first, holding c3
  s.acknowledged('b', 'c2', true);
  s.acknowledged('b', 'c4', true); // b free since later, holding none
  t.same(handoffs(s.connectionArrived('c5')), ['c5>b']);
});

t.test('a worker that dies gives back everything it held, oldest first', async (t) => {
  const s = twoWorkers();
  ['c1', 'c2', 'c3', 'c4', 'c5'].forEach((c) => s.connectionArrived(c)); // a: c1 c3, b: c2 c4, c5 waits
  t.same(handoffs(s.removeWorker('a')), [], 'b is full');
  t.equal(s.pendingCount, 3);
  t.same(handoffs(s.acknowledged('b', 'c2', true)), ['c1>b'], 'the oldest of a\'s first');
  t.same(handoffs(s.acknowledged('b', 'c4', true)), ['c3>b']);
  t.same(handoffs(s.acknowledged('b', 'c1', true)), ['c5>b']);
  t.same(handoffs(s.acknowledged('a', 'c1', true)), [], 'a stale answer changes nothing');
});

t.test('a refusing worker leaves; what else it holds stays its own until it answers', async (t) => {
  const s = twoWorkers();
  ['c1', 'c2', 'c3', 'c4'].forEach((c) => s.connectionArrived(c)); // a: c1 c3, b: c2 c4
  t.same(handoffs(s.acknowledged('a', 'c1', false)), [], 'c1 waits: b is full');
  t.same([s.workerCount, s.pendingCount], [1, 1]);
  t.ok(s.holds('a', 'c3'));
  t.same(handoffs(s.acknowledged('a', 'c3', true)), [], 'accepted after all (its server listened again): kept, a stays out');
  t.same(handoffs(s.acknowledged('b', 'c2', true)), ['c1>b']);
  t.same(handoffs(s.connectionArrived('c5')), []);
  t.same(handoffs(s.acknowledged('b', 'c4', true)), ['c5>b']);
});

t.test('a refuser that dies before answering for the rest gives it back', async (t) => {
  const s = twoWorkers();
  ['c1', 'c2', 'c3'].forEach((c) => s.connectionArrived(c)); // a: c1 c3, b: c2
  t.same(handoffs(s.acknowledged('a', 'c1', false)), ['c1>b']);
  t.same(handoffs(s.removeWorker('a')), [], 'c3 waits for b');
  t.equal(s.pendingCount, 1);
  t.same(handoffs(s.acknowledged('b', 'c2', true)), ['c3>b']);
  t.same(handoffs(s.removeWorker('b')), ['close c1', 'close c3'], 'no worker left: what b held is closed');
});

t.test('a full worker (maxConnections) stays in the rotation but gets nothing until it has room', async (t) => {
  const s = twoWorkers();
  t.same(handoffs(s.connectionArrived('c1')), ['c1>a']);
  t.same(handoffs(s.full('a', 'c1')), ['c1>b'], 'the connection goes first to the other worker');
  t.ok(s.hasWorker('a'), 'still a member');
  t.same(handoffs(s.connectionArrived('c2')), ['c2>b'], 'not to the full worker');
  t.same(handoffs(s.connectionArrived('c3')), [], 'b holds two, a is full: c3 waits');
  t.same(handoffs(s.acknowledged('b', 'c1', true)), ['c3>b']);
  t.same(handoffs(s.roomAgain('a')), [], 'nothing waiting');
  t.same(handoffs(s.connectionArrived('c4')), ['c4>a'], 'a is handed connections again');
  t.same(handoffs(s.roomAgain('a')), [], 'room for a worker that was not full: ignored');
  t.same(handoffs(s.full('a', 'c9')), [], 'full for a connection it does not hold: ignored');
});

t.test('when every worker is full, connections wait for room, then go to that worker', async (t) => {
  const s = new RoundRobinScheduler<string, string>(1);
  s.addWorker('a');
  s.connectionArrived('c1');
  t.same(handoffs(s.full('a', 'c1')), [], 'the only worker is full: c1 waits');
  t.same([s.pendingCount, s.freeCount], [1, 0]);
  t.same(handoffs(s.acknowledged('a', 'c1', true)), [], 'a stale answer changes nothing');
  t.same(handoffs(s.roomAgain('a')), ['c1>a']);
  s.full('a', 'c1');
  t.same(handoffs(s.removeWorker('a')), ['close c1'], 'a full worker that leaves: nobody left, c1 closes');
  t.same(handoffs(s.roomAgain('a')), [], 'room from a worker that left: ignored');
});
