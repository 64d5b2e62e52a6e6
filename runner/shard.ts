// Splitting the checks across machines (pure): shard I of N takes every Nth
// check starting at I, so shards are disjoint, cover everything and stay balanced.
import { UsageError } from './usage-error.js';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard expects I/N with 1 <= I <= N, got ${JSON.stringify(text)}`);
  return { index, count };
}

export function takeShard<T>(items: readonly T[], shard: Shard): T[] {
  return items.filter((_, i) => i % shard.count === shard.index - 1);
}

/** `2/4` (pure). */
export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}
