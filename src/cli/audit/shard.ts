/** `--shard i/n`: a split of the sites that depends on each host alone, never on the list's order. */
import { sha256Hex } from '../../core/sha256';

/**
 * The 1-based shard of `host` among `count`: the first 48 bits of SHA-256(host), modulo count.
 * @example shardOf('data.example.fr', 1) // 1
 */
export function shardOf(host: string, count: number): number {
  return (Number.parseInt(sha256Hex(host).slice(0, 12), 16) % count) + 1;
}

/** The items whose host falls in shard `index` of `count` (1-based), in their given order. */
export function inShard<T extends { host: string }>(items: readonly T[], index: number, count: number): T[] {
  return items.filter((item) => shardOf(item.host, count) === index);
}
