/**
 * The kinds of supporting measure that nearly every Chinese plan closes with (保障措施, 组织实施): leadership and
 * working mechanisms, funds and policy, people, publicity, and checking on progress. Two plans word them
 * differently (组织领导 ↔ 健全工作机制, 舆论引导 ↔ 营造浓厚氛围, 加强资金支持 ↔ 强化政策支持) and share no telling
 * word, yet a planner reads them as the same measure. The words are the standard vocabulary of such headings, not of
 * one plan: each kind's words are found in the safeguard chapters of plans of every level and field (the seeds and
 * the national, provincial and city plans of the development set).
 */
export type TaskKind = 'leadership' | 'funding' | 'people' | 'publicity' | 'evaluation';

const KIND_WORDS: ReadonlyArray<[TaskKind, readonly string[]]> = [
  ['leadership', ['组织领导', '加强领导', '领导小组', '工作机制', '推进机制', '协调机制', '统筹协调', '组织实施', '组织保障', '责任落实', '压实责任', '落实责任', '保障落实', '工作合力']],
  ['funding', ['资金', '财政', '经费', '金融', '融资', '政策支持', '政策保障', '政策扶持', '支持政策', '重点政策', '要素保障']],
  ['people', ['人才', '队伍', '培训']],
  ['publicity', ['宣传', '舆论', '氛围']],
  ['evaluation', ['考核', '评估', '督查', '督导', '评价机制', '监测评价']],
];

/**
 * The kinds of supporting measure a task's title names (see `TaskKind`): none for most tasks, which are the plan's
 * work itself.
 *
 * @param title A task's title.
 * @returns Its kinds, as a bit set (one bit per kind, in the order of `KIND_WORDS`); 0 for none.
 */
export function taskKinds(title: string): number {
  let bits = 0;
  KIND_WORDS.forEach(([, words], i) => {
    if (words.some((w) => title.includes(w))) bits |= 1 << i;
  });
  return bits;
}

// Note: kept per task, as the cascade compares a city's plan with each district's; read again if the title changed.
const known = new WeakMap<{ title: string }, { title: string; bits: number }>();

function kindsOf(task: { title: string }): number {
  const seen = known.get(task);
  if (seen && seen.title === task.title) return seen.bits;
  const bits = taskKinds(task.title);
  known.set(task, { title: task.title, bits });
  return bits;
}

/**
 * A kind named by more tasks of a plan than this is the plan's subject rather than a supporting measure (人才 and
 * 培训 in an education plan, whose tasks train people): it is not counted for that plan. Note: 1 loses every link
 * this signal makes on the annotated pairs (a plan often has both a 组织领导 and a 工作机制 item); 2 and 3 make the
 * same links; 2 is kept.
 */
const MOST_TASKS_OF_KIND = 2;

/**
 * The kinds of supporting measure each task of a plan names (`taskKinds`), leaving out a kind the plan names in more
 * than `MOST_TASKS_OF_KIND` tasks.
 *
 * @param doc A plan.
 * @returns For each task, its kinds as a bit set.
 */
export function planKinds(doc: { tasks: ReadonlyArray<{ title: string }> }): number[] {
  const bits = doc.tasks.map(kindsOf);
  let common = 0;
  for (let i = 0; i < KIND_WORDS.length; i++) {
    let count = 0;
    for (const b of bits) if ((b & (1 << i)) !== 0) count++;
    if (count > MOST_TASKS_OF_KIND) common |= 1 << i;
  }
  return bits.map((b) => b & ~common);
}

/**
 * The pairs of tasks of two plans that name a kind in common.
 *
 * @param a The kinds of the first plan's tasks (`planKinds`).
 * @param b The second plan's.
 * @returns Indexes `i * (tasks of b) + j`.
 */
export function sameKind(a: readonly number[], b: readonly number[]): Set<number> {
  const pairs = new Set<number>();
  a.forEach((x, i) => {
    if (x === 0) return;
    b.forEach((y, j) => {
      if ((x & y) !== 0) pairs.add(i * b.length + j);
    });
  });
  return pairs;
}
