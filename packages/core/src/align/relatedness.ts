/**
 * Plans whose relatedness (see `relatedness`) is at most this are unrelated:
 * their links must score `UNRELATED_RAISE` above the threshold. Note: on the
 * development set, a seed against a plan on another subject (education,
 * water, land use …) scores 0.030–0.049; the seeds against each other (all
 * digital-government plans) 0.061–0.92, the annotated pairs 0.084 (national
 * → city) to 0.92 (draft → final), a seed against a digital-economy plan of
 * another province 0.05–0.10. A ramp from 0.05 to 0.08 dropped 34 links
 * between seeds of the same field, some right (加强安全能力和制度建设 →
 * 筑牢网络和数据安全屏障); from 0.04 to 0.06 it drops none (docs/quality.md).
 */
export const UNRELATED = 0.04;
/** Plans whose relatedness is at least this are related: the threshold applies as it is. Between the two, the raise grows linearly. */
export const RELATED = 0.06;
/**
 * What unrelated plans' links must score above the threshold. Note: a chance
 * likeness between two plans on different subjects (a short clause on
 * security, supervision or funding) scores up to about 0.15; 0.04 cuts the
 * links from the seeds to seven off-topic plans from 23 to 6 and changes no
 * link of an annotated pair.
 */
export const UNRELATED_RAISE = 0.04;

/**
 * How closely two plans are related as wholes: the mean, over the tasks of
 * both, of each task's best whole-text score against the other plan's tasks.
 * A plan that takes another up (a district's of its city's, next year's of
 * this year's) has a counterpart for most tasks; two plans on different
 * subjects have none but chance likenesses.
 *
 * @param text The whole tasks' scores, task `i` of a against task `j` of b at `i * m + j`.
 * @param m The number of tasks of b.
 * @returns The relatedness, 0 to 1 (0 when either plan has no task).
 */
export function relatedness(text: Float64Array, m: number): number {
  const n = m === 0 ? 0 : text.length / m;
  if (n === 0) return 0;
  const rows = new Float64Array(n);
  const columns = new Float64Array(m);
  for (let i = 0, k = 0; i < n; i++) {
    for (let j = 0; j < m; j++, k++) {
      const s = text[k] as number;
      if (s > (rows[i] as number)) rows[i] = s;
      if (s > (columns[j] as number)) columns[j] = s;
    }
  }
  let down = 0;
  for (const s of rows) down += s;
  let across = 0;
  for (const s of columns) across += s;
  return (down / n + across / m) / 2;
}

/**
 * The least score for a link between two plans of a given relatedness: the
 * threshold for related plans, raised by up to `UNRELATED_RAISE` for
 * unrelated ones.
 *
 * @param threshold The threshold for related plans.
 * @param related The plans' relatedness (`relatedness`).
 * @returns The least score for a link.
 */
export function linkBar(threshold: number, related: number): number {
  return threshold + unrelatedness(related) * UNRELATED_RAISE;
}

/**
 * How far two plans count as unrelated: 0 at `RELATED` and above, 1 at `UNRELATED` and below, linear between.
 *
 * @param related The plans' relatedness (`relatedness`).
 * @returns 0 to 1.
 */
export function unrelatedness(related: number): number {
  return Math.min(1, Math.max(0, (RELATED - related) / (RELATED - UNRELATED)));
}
