// The judge of real distributions accepts a strict rotation and rejects what round-robin must not do.
import t from 'tap';
import { servedCounts, spreadWithinOne } from './distribution.js';

t.test('counts and the within-1 rule', async (tt) => {
  tt.same(servedCounts(['2', '1', '2']), { 2: 2, 1: 1 });
  tt.equal(spreadWithinOne(['2', '4', '1', '3', '2'], 4), undefined, 'a rotation in any order');
  tt.equal(spreadWithinOne(['1'], 3), undefined, 'fewer connections than workers');
  tt.match(spreadWithinOne(['1', '1', '2'], 3), /differ by more than 1/, 'an idle worker while another served two');
  tt.match(spreadWithinOne(['1', 'error: ECONNRESET'], 2), /not served by a worker/, 'a failed connection');
  tt.match(spreadWithinOne(['1', '5'], 2), /not served by a worker/, 'an unknown worker ID');
});
