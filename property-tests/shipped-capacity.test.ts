// The capacity-2 property runs claim to check what the reference ships: the round-robin handle's
// scheduler must be built with SHIPPED_CAPACITY (a literal there, so its source is read).
import { readFileSync } from 'node:fs';
import t from 'tap';
import { SHIPPED_CAPACITY } from './fc-run.js';

t.test('the round-robin handle builds its scheduler with the capacity the properties check', async (tt) => {
  const source = readFileSync(new URL('../../reference/round-robin-handle.cts', import.meta.url), 'utf8');
  const built = [...source.matchAll(/new RoundRobinScheduler(?:<[^>]*>)?\((\d*)\)/g)].map((m) => Number(m[1] || 1));
  tt.same(built, [SHIPPED_CAPACITY]);
});
