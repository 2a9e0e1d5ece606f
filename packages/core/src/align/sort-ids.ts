// Note: term ids are sorted once per plan (its terms, its words); a typed array's own sort took a tenth of a plan's
// preparation, and the cascade prepares every plan of the corpus. Ids are non-negative and below 2^31.

const BITS = 11;
const BUCKETS = 1 << BITS;
const MASK = BUCKETS - 1;
const counts = new Int32Array(BUCKETS);
let spare: Int32Array = new Int32Array(1024);

/**
 * Sort non-negative integers ascending, in place: a radix sort by eleven
 * bits at a time, as many passes as the largest value needs.
 *
 * @param ids Non-negative integers below 2^31.
 * @returns `ids`, sorted.
 */
export function sortIds<T extends Int32Array>(ids: T): T {
  const n = ids.length;
  if (n < 64) return ids.sort();
  let max = 0;
  for (let k = 0; k < n; k++) if ((ids[k] as number) > max) max = ids[k] as number;
  if (spare.length < n) spare = new Int32Array(Math.max(n, spare.length * 2));
  let from: Int32Array = ids;
  let to: Int32Array = spare;
  for (let shift = 0; shift === 0 || max >>> shift > 0; shift += BITS) {
    counts.fill(0);
    for (let k = 0; k < n; k++) {
      const b = ((from[k] as number) >>> shift) & MASK;
      counts[b] = (counts[b] as number) + 1;
    }
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = counts[b] as number;
      counts[b] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const x = from[k] as number;
      const b = (x >>> shift) & MASK;
      to[counts[b] as number] = x;
      counts[b] = (counts[b] as number) + 1;
    }
    [from, to] = [to, from];
  }
  if (from !== ids) ids.set(from.subarray(0, n));
  return ids;
}
