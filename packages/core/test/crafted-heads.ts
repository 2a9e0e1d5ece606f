// What crafted heads share: a plan's body under the head, and the forms a copy gives a text (laid out, on one line,
// on one line with a space for each line break, as quality's flattened forms make them).

/** The body of a city's plan: two chapters, two tasks with duties. */
export const PLAN_BODY: readonly string[] = [
  '一、总体要求',
  '　　到2026年，全市数字经济核心产业增加值占地区生产总值比重达到12%。',
  '二、重点任务',
  '（一）加快新型基础设施建设。新建5G基站3000个。（责任单位：市工业和信息化局）',
  '（二）推动产业数字化转型。培育数字化转型标杆企业50家。（责任单位：市发展改革委）',
];

/** The lines on one line. */
export const oneLine = (lines: readonly string[]): string => lines.map((l) => l.trim()).join('');

/** The lines on one line, a space for each line break. */
export const spaceJoined = (lines: readonly string[]): string => lines.map((l) => l.trim()).join(' ');

/** The text laid out, on one line and space-joined. */
export const forms = (lines: readonly string[]): string[] => [lines.join('\n'), oneLine(lines), spaceJoined(lines)];
