import type { Lang } from '../i18n.js';

/** A rule that rewrites one of core's English messages in Chinese. */
type Rule = readonly [RegExp, (...groups: string[]) => string];

/** What core names a binary file as, in Chinese. */
const KINDS: Readonly<Record<string, string>> = {
  'a PNG image': 'PNG 图片',
  'a JPEG image': 'JPEG 图片',
  'a GIF image': 'GIF 图片',
  'a ZIP archive (or a .docx/.xlsx file)': 'ZIP 压缩包（或 .docx/.xlsx 文件）',
  'a PDF file': 'PDF 文件',
  'an old Word/Excel file (.doc/.xls)': '旧版 Word/Excel 文件（.doc/.xls）',
  'UTF-16 text (little-endian) without a byte-order mark; save it as UTF-8': '没有字节顺序标记（BOM）的 UTF-16 文本（小端序）；请另存为 UTF-8',
  'UTF-16 text (big-endian) without a byte-order mark; save it as UTF-8': '没有字节顺序标记（BOM）的 UTF-16 文本（大端序）；请另存为 UTF-8',
  'a UTF-16 byte-order mark (little-endian), but the bytes are not UTF-16 text': '有 UTF-16 字节顺序标记（小端序），但内容不是 UTF-16 文本',
  'a UTF-16 byte-order mark (big-endian), but the bytes are not UTF-16 text': '有 UTF-16 字节顺序标记（大端序），但内容不是 UTF-16 文本',
};

const kind = (found: string): string => KINDS[found] ?? found.replace(/^a NUL byte at byte (\d+)$/, '第 $1 字节处的 NUL 字节');
const list = (ids: string): string => ids.split(', ').join('、');

// Note: core's messages are English and stable (tests pin them); the Chinese interface rewrites the ones a user meets.
// A message no rule knows is shown as core wrote it.
const RULES: readonly Rule[] = [
  [/^Unknown document id: ([^\n]*?)\.(?: Did you mean (.*)\?)?\nRun `plankb docs` to list the documents\.$/, (id, near) => `未知的文档编号：${id}。${near ? `您是不是要找 ${list(near)}？` : ''}\n运行 \`plankb docs\` 列出全部文档。`],
  [/^Unknown target: ([^\n]*?)\.(?: Did you mean (.*)\?)?\nRun `plankb targets( --doc \S+)?` to list (?:them|the targets)[^\n]*$/, (ref, near, doc) => `未知的目标：${ref}。${near ? `您是不是要找 ${list(near)}？` : ''}\n运行 \`plankb targets${doc ?? ''}\` 列出目标；用编号或 <文档>/<指标> 指明目标。`],
  [/^Unknown task: ([^\n]*?)\.(?: Did you mean (.*)\?)?\nRun `plankb tasks <doc>` to list a document's tasks\.$/, (ref, near) => `未知的任务：${ref}。${near ? `您是不是要找 ${list(near)}？` : ''}\n运行 \`plankb tasks <文档>\` 列出文档的任务。`],
  [/^File not found: (.*)$/, (path) => `找不到文件：${path}`],
  [/^(.*) is a folder, not a plan file: give a plan file \(([^)]*)\) or a document id\.$/, (path, exts) => `${path} 是一个目录，不是规划文件：请给出规划文件（${exts.split(', ').join('、')}）或文档编号。`],
  [/^(.*) is a folder; expected (?:a \.txt or \.md file|a plan file \(([^)]*)\))\.$/, (path, exts) => `${path} 是一个目录；应为规划文件${exts ? `（${exts}）` : '（.txt 或 .md）'}。`],
  [/^Cannot read (.*?): ([\s\S]*)$/, (path, why) => `无法读取 ${path}：${why}`],
  [/^Corpus folder not found: (.*)\nExpected a folder with plan files \(\.txt, \.md\) and, optionally, a manifest\.json\.$/, (dir) => `找不到文档库目录：${dir}\n应为含规划文件（.txt、.md）的目录，可另附 manifest.json。`],
  [/^No plan (\d+) in (.*): it holds (\d+) plan\(s\)\.$/, (n, path, m) => `${path} 中没有第 ${n} 份规划：它共有 ${m} 份。`],
  [/^(.*?:\d+:\d+: )?this is a binary file \((.*)\); expected plain text or Markdown \(UTF-8 or GB18030\/GBK\)\.$/, (at, found) => `${at ?? ''}这是二进制文件（${kind(found)}）；应为纯文本或 Markdown（UTF-8 或 GB18030/GBK）。`],
  [
    /^(.*?:\d+:\d+: )?not valid UTF-8 \((.*)\), and not GB18030\/GBK Chinese text either; expected UTF-8 or GB18030\/GBK text\.(?:\nIf the file is in another encoding or mixes encodings, convert it first, e\.g\. (.*))?$/,
    (at, found, command) => `${at ?? ''}不是有效的 UTF-8（${kind(found).replace(/^bytes /, '字节 ')}），也不是 GB18030/GBK 中文文本；应为 UTF-8 或 GB18030/GBK 文本。${command ? `\n如果文件是其他编码或混用了编码，请先转换，例如 ${command}` : ''}`,
  ],
  [/^The file is empty: there is no text to parse\.$/, () => '文件为空：没有可解析的文本。'],
  [/^No plan found: the text has no plan title \(…工作要点, …规划, …方案\) and no numbered items \(一、 \(一\) 1\.\)\.$/, () => '未找到规划：文本中既没有规划标题（…工作要点、…规划、…方案），也没有编号条目（一、 (一) 1.）。'],
  [/^(.*?): (No plan found: [\s\S]*)$/, (path, rest) => `${path}：${translate(rest)}`],
  [
    /^No plan in the page's text: it issues (.*?) as an attached file \((.*)\)\. The plan is in that file: download it and give plankb the file\.$/,
    (issued, files) => `网页正文中没有规划：它以附件形式印发${issued === 'its document' ? '文件' : issued}（${files}）。规划在附件中：请下载该文件后交给 plankb。`,
  ],
  [
    /^This page lists (\d+) documents \(a column's list: (.*?)\), not one document: save the page of the document itself and give plankb that\.$/,
    (n, titles) => `此网页是栏目列表，列出 ${n} 份文件（${titles}），不是单份文件：请保存文件本身的网页后交给 plankb。`,
  ],
  [/^The plan has no title line; its title is taken from the notice that issues it\.$/, () => '规划没有标题行；标题取自印发它的通知。'],
  [/^The plan has no title line; give one in the manifest\.$/, () => '规划没有标题行；请在 manifest 中给出。'],
  [/^Numbering jumps from (.*) to (.*)\.$/, (a, b) => `编号从 ${a} 跳到 ${b}。`],
  [/^Two items are both numbered (.*); both are kept, with distinct ids\.$/, (label) => `两个条目的编号都是 ${label}；两者都保留，编号不同。`],
  [/^The file ends in the middle of a character: it was cut off, and is read up to the cut \(line (\d+), column (\d+)\)\.$/, (l, c) => `文件在一个字符中间结束：已被截断，读到截断处为止（第 ${l} 行第 ${c} 列）。`],
  [/^The plan ends mid-sentence \((.*)\); the source may be cut off\.$/, (tail) => `规划在句子中间结束（${tail}）；来源可能不完整。`],
  [/^(.*) holds (\d+) plans; this is plan (\d+)(?: \((.*)\))?, the one with the most tasks\. The others: (.*)\.$/, (path, n, k, title, others) => `${path} 含 ${n} 份规划；这是第 ${k} 份${title ? `（${title}）` : ''}，任务最多的一份。其他：${list(others)}。`],
  [/^「(.*)」 looks like a year damaged by OCR or a conversion; it is not read as a date\.$/, (text) => `「${text}」像是被 OCR 或格式转换损坏的年份；不作为日期读取。`],
  [/^「(.*)」 holds letters that OCR or a conversion read for digits \(O for 0, l for 1\); it is read as (.*)\.$/, (text, read) => `「${text}」中有被 OCR 或格式转换读成字母的数字（O 为 0，l 为 1）；按 ${read} 读取。`],
  [/^Row (\d+) of the task table \((.*)\) matches no task of the plan by title or content; it is kept as an assignment without a task\.$/, (row, what) => `任务分工表第 ${row} 行（${what}）的标题和内容都对不上规划中的任务；保留为没有对应任务的分工。`],
  [/^The plan states its tasks only in its task table: its (\d+) rows are kept as assignments without a task\.$/, (n) => `规划只在任务分工表中列出任务：其 ${n} 行保留为没有对应任务的分工。`],
  [/^The duty (.*) stands outside every task and section of the plan\.$/, (duty) => `职责 ${duty} 不在规划的任何任务或章节之内。`],
  [/^(.*?): (.*) holds (\d+) plan\(s\); the manifest asks for plan (\d+)\.$/, (id, file, n, k) => `${id}：${file} 含 ${n} 份规划；manifest 要的是第 ${k} 份。`],
  [/^(.*) matches (\d+) targets: (.*)\. Use a target id\.$/, (ref, n, list_) => `${ref} 与 ${n} 个目标相符：${list(list_)}。请用目标编号。`],
  // The problems of a row of an imported observation table (plankb track import).
  [/^the header has no `(.*)` column \(columns: (.*)\)$/, (column, columns) => `表头没有 \`${column}\` 列（可用的列：${list(columns)}）`],
  [/^value "(.*)" is not a number$/, (value) => `值 "${value}" 不是数字`],
  [/^date "(.*)" is not a real day in YYYY-MM-DD form$/, (value) => `日期 "${value}" 不是 YYYY-MM-DD 格式的真实日期`],
  [/^recorded_at "(.*)" is not a date and time$/, (value) => `recorded_at "${value}" 不是日期时间`],
  [/^role "(.*)" is neither observation nor baseline$/, (value) => `role "${value}" 既不是 observation 也不是 baseline`],
  [/^(.*) is measured in (.*), not (.*)\. Give the value in (.*)\.$/, (id, unit, given) => `${id} 的单位是 ${unit}，不是 ${given}。请以 ${unit} 给出数值。`],
  [/^(.*): expected a \.csv or \.xlsx file of observations\.$/, (path) => `${path}：应为观测值的 .csv 或 .xlsx 文件。`],
  [/^(.*?): another plankb process holds this lock \((.*)\)\.\n[\s\S]*$/, (path, holder) => `${path}：另一个 plankb 进程持有此锁（${holder}）。\n请等它结束；若没有 plankb 进程在运行，可删除该文件。`],
];

/**
 * One of core's messages in the interface language: Chinese for `zh` where a
 * rule knows the message, else as core wrote it.
 *
 * @param message Core's (English) message.
 * @param lang The interface language.
 * @returns The message to show.
 */
export function localMessage(message: string, lang: Lang): string {
  return lang === 'zh' ? translate(message) : message;
}

function translate(message: string): string {
  for (const [pattern, rewrite] of RULES) {
    const m = pattern.exec(message);
    if (m) return rewrite(...m.slice(1).map((g) => g as string));
  }
  return message;
}
