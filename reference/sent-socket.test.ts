// closingSentSocket: which send() calls get a callback that closes the sent socket first, and what it calls back.
import { Socket } from 'node:net';
import t from 'tap';
import { closingSentSocket } from './sent-socket.cjs';

type Callback = (error: Error | null) => void;

t.test('other handles, keepOpen and no handle pass unchanged', async (t) => {
  const socket = new Socket();
  const noError = () => t.fail('no error expected');
  for (const args of [['m'], ['m', undefined, () => {}], ['m', { not: 'a socket' }], ['m', socket, { keepOpen: true }, () => {}]]) {
    t.equal(closingSentSocket(args, noError), args);
  }
  socket.destroy();
});

t.test("a socket sent without keepOpen is closed once sent, before the caller's callback", async (t) => {
  for (const shape of ['callback third', 'callback fourth', 'options without keepOpen']) {
    const socket = new Socket();
    let destroyedInCallback: boolean | undefined;
    const callback: Callback = () => (destroyedInCallback = socket.destroyed);
    const args = shape === 'callback third' ? ['m', socket, callback] : shape === 'callback fourth' ? ['m', socket, undefined, callback] : ['m', socket, { keepOpen: false }, callback];
    const [message, handle, options, closing] = closingSentSocket(args, () => t.fail('no error expected'));
    t.same([message, handle === socket, typeof options, typeof closing], ['m', true, 'object', 'function'], shape);
    (closing as Callback)(null);
    t.equal(destroyedInCallback, true, shape);
  }
});

t.test('a failed send leaves the socket open and reports to the callback, else to onError', async (t) => {
  const failure = new Error('Channel closed');
  const socket = new Socket();
  let reported: Error | null | undefined;
  const [, , , withCallback] = closingSentSocket(['m', socket, (error: Error | null) => (reported = error)], () => t.fail('the callback hears it'));
  (withCallback as Callback)(failure);
  t.equal(reported, failure);
  let raised: Error | undefined;
  const [, , , withoutCallback] = closingSentSocket(['m', socket], (error) => (raised = error));
  (withoutCallback as Callback)(failure);
  t.equal(raised, failure);
  t.equal(socket.destroyed, false);
  (withoutCallback as Callback)(null);
  t.equal(socket.destroyed, true, 'closed once sent, with no callback of the caller');
});
