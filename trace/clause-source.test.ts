import t from 'tap';
import { appliesToNode, parseClauseSource } from './clause-source.js';

t.test('Source cells parse into their items', async (t) => {
  t.same(parseClauseSource('`dgram.html#socketbindoptions-callback` · `net.html#serverlistenoptions-callback` · Node ≥ 22.12'), {
    docs: ['dgram.html#socketbindoptions-callback', 'net.html#serverlistenoptions-callback'],
    observed: false,
    since: [22, 12],
    replaces: [],
  });
  t.same(parseClauseSource('observed · F-14 · replaces `how-16`, `how-14`'), { docs: [], observed: true, finding: 'F-14', replaces: ['how-16', 'how-14'] });
  t.match(parseClauseSource(''), /cannot read/);
  t.match(parseClauseSource('`net.html`'), /cannot read/);
  t.match(parseClauseSource('Node ≥ 22.12'), /names neither/);
});

t.test('a clause with Node ≥ X.Y applies from that version on; unknown versions get every clause', async (t) => {
  const source = { docs: [], observed: true, since: [22, 12] as [number, number], replaces: [] };
  t.same(['20.20.2', '22.11.0', '22.12.0', 'v22.13.1', '23.0.0', '26.1.0'].map((v) => appliesToNode(source, v)), [false, false, true, true, true, true]);
  t.equal(appliesToNode(source, undefined), true);
  t.equal(appliesToNode(source, 'weird'), true);
  t.equal(appliesToNode({ docs: [], observed: true, replaces: [] }, '1.0.0'), true);
});
