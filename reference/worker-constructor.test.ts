// cluster.Worker called by a program: the Worker it builds, and what disconnect() and kill() do with the process
// given (a stand-in ChildProcess here; the spec tests use a real one).
import { EventEmitter } from 'node:events';
import t from 'tap';
import { Worker } from './worker.cjs';
import { WorkerByHand } from './worker-constructor.cjs';

/** Just enough of a ChildProcess: what the Worker reads and calls, recorded. */
class FakeChild extends EventEmitter {
  connected = true;
  calls: string[] = [];
  disconnect(): void {
    this.calls.push('disconnect');
    this.connected = false;
  }
  kill(signal?: string): boolean {
    this.calls.push(`kill ${signal}`);
    return true;
  }
}

t.test('with or without new, a Worker of the same class as the cluster makes', async (t) => {
  for (const made of [new WorkerByHand(), WorkerByHand(), WorkerByHand(null), new WorkerByHand('not options')]) {
    t.ok(made instanceof Worker);
    t.ok(made instanceof WorkerByHand);
    t.same([made.id, made.state, made.process, made.exitedAfterDisconnect], [0, 'none', undefined, undefined]);
  }
  t.equal(WorkerByHand.name, 'Worker');
  t.equal(WorkerByHand.length, 1);
});

t.test('id as a 32-bit integer, state as given unless falsy', async (t) => {
  const ids = [7.9, '12', 2 ** 32 + 5, -3, 'x', null, true].map((id) => WorkerByHand({ id }).id);
  t.same(ids, [7, 12, 5, -3, 0, 0, 1]);
  const states = ['online', 'weird', '', 0, null].map((state) => WorkerByHand({ state }).state);
  t.same(states, ['online', 'weird', 'none', 'none', 'none']);
});

t.test("the process's 'message' and 'error' are the Worker's", async (t) => {
  const child = new FakeChild();
  const made = WorkerByHand({ id: 3, process: child });
  const seen: unknown[] = [];
  made.on('message', (...args: unknown[]) => seen.push(['message', ...args]));
  made.on('error', (...args: unknown[]) => seen.push(['error', ...args]));
  const error = new Error('e');
  child.emit('message', { m: 1 }, 'handle');
  child.emit('error', error, 'detail', 'dropped');
  t.same(seen, [['message', { m: 1 }, 'handle'], ['error', error, 'detail']]);
  t.equal(made.isConnected(), true);
});

t.test('disconnect() and kill() act on the process given, and on nothing without one', async (t) => {
  const child = new FakeChild();
  const made = WorkerByHand({ process: child });
  made.disconnect();
  made.disconnect();
  t.same(child.calls, ['disconnect'], 'a closed channel is not disconnected again');
  const other = new FakeChild();
  WorkerByHand({ process: other }).kill('SIGHUP');
  t.same(other.calls, ['disconnect', 'kill SIGHUP']);
  const bare = WorkerByHand();
  t.doesNotThrow(() => bare.disconnect());
  t.doesNotThrow(() => bare.kill());
  t.throws(() => bare.isConnected(), TypeError);
});
