// Distribution properties of the reference round-robin scheduler on a simulated clock.
import { propertyTest } from './fc-run.js';
import { schedulerProperties as p } from './scheduler-catalogue.js';

propertyTest(
  { name: 'equal acknowledgement delays: per-worker counts never differ by more than 1', clauses: ['how-07'] },
  p.equalDelayBalance,
);
propertyTest(
  { name: 'unequal delays with a standing backlog: worker i accepts exactly floor(T / d_i) by time T', clauses: ['how-07', 'how-08'] },
  p.unequalDelayShares,
);
