// Crafted cases of layouts that real pages use and the seeds do not: each pattern was seen in at least two
// documents of the development set (test/realdocs) or is a rule of official documents in general.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../src/source/decode-source.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { openDocument, parseFile } from '../src/corpus/open-document.js';
import { recogniseLabel } from '../src/text/numbering.js';
import { kindFromSelfReference, kindFromTitle, stripTitleTail, titleKind } from '../src/parse/metadata.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { dropPageFurniture } from '../src/parse/page-furniture.js';
import { splitRunOnLines } from '../src/parse/run-on-lines.js';
import { sectionRole } from '../src/parse/section-role.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';
import { tempDirs } from './temp.js';

const tmpDamaged = tempDirs('plankb-damaged-');
const pieces = (text: string): string[] => splitRunOnLines(linesFromText(text)).map((l) => l.text);

describe('titles that end in their period or status', () => {
  it.each([
    ['某省工业互联网创新发展行动计划（2021-2023年）', 'action-plan'],
    ['某街道建设用地减量化工作实施方案(2025-2027年)', 'implementation-plan'],
    ['某市人工智能产业创新发展行动计划（2024—2026年）', 'action-plan'],
    ['某区数字化转型三年行动方案（2024年—2026年）（征求意见稿）', 'action-plan'],
    ['政府工作报告（2024年）', 'work-points'],
    ['关于加快数字经济发展的指导意见', 'implementation-plan'],
    ['支持推进全省数字经济高质量发展的若干措施', 'implementation-plan'],
    ['某市2022年数字政府建设考评办法', 'implementation-plan'],
    ['某区2023年数字经济工作安排', 'work-points'],
    ['某市2025年数字化转型重点工作', 'work-points'],
    ['某市关于促进数据要素市场化配置的若干举措', 'implementation-plan'],
    ['某市打造数字经济高地行动纲领', 'plan'],
    ['某区2024年数字政府建设工作任务', 'work-points'],
    ['某县2024年度重点工作目标任务', 'work-points'],
    ['关于加快数字经济发展的十条措施', 'implementation-plan'],
    ['某市支持数据要素发展的政策措施', 'implementation-plan'],
    ['某市关于推进数字化转型的工作举措', 'implementation-plan'],
  ])('should read %s as a title of kind %s', (title, kind) => {
    expect(kindFromTitle(title)).toBe(kind);
  });

  it('should not read a bare chapter heading that names a genre as a title', () => {
    for (const heading of ['重点工作', '工作安排', '主要举措', '重点工作任务']) expect(kindFromTitle(heading)).toBeNull();
  });

  it('should strip the tail but keep the kind word', () => {
    expect(stripTitleTail('某市行动计划（2024—2026年）（试行）')).toBe('某市行动计划');
    expect(stripTitleTail('某市规划（征求意见稿）')).toBe('某市规划');
    expect(stripTitleTail('某市规划')).toBe('某市规划');
  });

  it('should not take a sentence or a year in brackets mid-title as a title end', () => {
    expect(kindFromTitle('到2025年（含）完成任务')).toBeNull();
    expect(kindFromTitle('各位代表')).toBeNull();
  });
});

describe('labels after any space character', () => {
  it.each([
    ['\u2003\u20031.推动政务服务数字化转型。', 'arabic-dot', 1],
    ['\u00a0二、培育富有活力的数字经济', 'cn-comma', 2],
    ['　　2﹒推进企业内网改造升级。', 'arabic-dot', 2],
    ['12﹒深化融合应用。', 'arabic-dot', 12],
  ])('should read the label of %j', (line, style, number) => {
    expect(recogniseLabel(line)).toMatchObject({ style, number });
  });

  it('should not read a decimal with the small full stop as a label', () => {
    expect(recogniseLabel('3﹒5万家企业上云')).toBeNull();
  });
});

describe('headings and items run together on one line', () => {
  it('should split a page flattened to one line at each label that continues its numbering', () => {
    const line = '为落实会议部署，制定本方案。一、优化营商环境（一）简化审批。（市场监管总局牵头）具体措施：1．推行告知承诺。（司法部负责）2．压减审批事项。二、加强监管（二）规范执法。';
    expect(pieces(line)).toEqual([
      '为落实会议部署，制定本方案。',
      '一、优化营商环境',
      '（一）简化审批。（市场监管总局牵头）具体措施：',
      '1．推行告知承诺。（司法部负责）',
      '2．压减审批事项。',
      '二、加强监管',
      '（二）规范执法。',
    ]);
  });

  it('should cut a short heading from the first item glued to it', () => {
    expect(pieces('一、强化工作统筹协调，保障持续发展1.加强工作统筹谋划。建立工作机制。2.强化政策支持保障。')).toEqual([
      '一、强化工作统筹协调，保障持续发展',
      '1.加强工作统筹谋划。建立工作机制。',
      '2.强化政策支持保障。',
    ]);
  });

  it('should leave labels that do not continue the numbering inside the sentence', () => {
    const text = '1．推动年报事项“多报合一、信息共享”。开展第（三）项工作，完成率达3.5%。';
    expect(pieces(text)).toEqual([text]);
    // Numbering that jumps (2. after nothing) is prose, not an item.
    expect(pieces('全年完成工作的比例为：2.开展试点。')).toEqual(['全年完成工作的比例为：2.开展试点。']);
  });

  it('should not split a table of contents that lists chapters on one line', () => {
    const toc = '第一章 总体要求 第二章 主要任务 第三章 保障措施';
    expect(pieces(toc)).toEqual([toc]);
  });

  it('should parse a one-line plan into chapters and tasks with exact positions', () => {
    const text = outdent`
      某部门重点任务分工方案

      为确保任务落实，制定本方案。一、推进审批改革（一）精简审批事项。（某部牵头）（二）推行告知承诺。（某局负责）二、加强事中事后监管（三）完善监管标准。（某委负责）
    `;
    const { documents } = parseDocument(text, { file: 'x.txt' });
    const doc = documents[0];
    expect(doc?.kind).toBe('implementation-plan');
    expect(doc?.sections.map((s) => s.title)).toEqual(['推进审批改革', '加强事中事后监管']);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['精简审批事项', '推行告知承诺', '完善监管标准']);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('the parts of a file', () => {
  it('should read a speech greeting as part of the report, not as a notice', () => {
    const text = outdent`
      政府工作报告

      各位代表：

      现在，我代表政府报告工作。
      一、过去一年工作回顾
      经济运行稳中向好。
      二、今年工作任务
      （一）扩大国内需求。
      （二）深化改革开放。
    `;
    const { documents, parts } = parseDocument(text, { file: 'report.txt' });
    expect(parts.map((p) => p.kind)).toEqual(['work-points']);
    expect(documents[0]?.tasks.map((t) => t.title)).toEqual(['扩大国内需求', '深化改革开放']);
  });

  it('should read a 分工方案 with no table as a plan, and one with a table as a task table', () => {
    const plan = parseDocument('某市重点任务分工方案\n一、推进改革\n（一）精简审批。（市发展改革委负责）\n（二）优化服务。\n', { file: 'a.txt' });
    expect(plan.documents[0]?.tasks).toHaveLength(2);
  });
});

describe('items whose full stop was lost', () => {
  it('should split off the exact successor of the item written right after Chinese text', () => {
    expect(pieces('6.狠抓招院引所。带动优势资源向我省集聚发展7.狠抓招才引智。加强引进。')).toEqual(['6.狠抓招院引所。带动优势资源向我省集聚发展', '7.狠抓招才引智。加强引进。']);
    expect(pieces('16.营造社会氛围。形成全民共享的建设格局，17.提升智慧社区建设水平。')).toEqual(['16.营造社会氛围。形成全民共享的建设格局，', '17.提升智慧社区建设水平。']);
    expect(pieces('（一）加快系统创新。推进建模技术。 （二）深化推广应用。')).toEqual(['（一）加快系统创新。推进建模技术。 ', '（二）深化推广应用。']);
  });

  it('should not split a number that is not the successor, or one inside a figure', () => {
    const text = '6.狠抓招院引所。全年新增企业8.5万家，引进项目9.推进工作';
    expect(pieces(text)).toEqual([text]);
  });
});

describe('an attachment of numbered items after a plan', () => {
  it('should read the attachment as part of the plan, past the list of attachments', () => {
    const text = outdent`
      某市数字政府建设考评办法
      一、考评对象
      各区政府和市直部门。
      附件：
      某市数字政府建设考评指标
      附件
      某市数字政府建设考评指标
      一、政务服务（25分）
      （一）平台建设（3分）
      1．完善一体化政务服务平台。（0.5分）
      2．提升热线服务水平。（0.5分）
      （二）网站集约（2分）
      3．推进网站集约化。（1分）
    `;
    const { documents, parts } = parseDocument(text, { file: 'kaoping.txt' });
    expect(parts.filter((p) => p.isPlan)).toHaveLength(1);
    // Note: 一、考评对象 over one paragraph frames the assessment and is no task (see leaf-assessment-frames.test.ts).
    expect(documents[0]?.tasks.map((t) => t.label)).toEqual(['1．', '2．', '3．']);
  });

  it('should keep an attachment that has a title of its own apart', () => {
    const text = '某市行动计划\n一、推进建设\n（一）建设平台。\n（二）完善标准。\n附件\n某市重点项目清单\n1．项目一\n2．项目二\n3．项目三\n';
    const { parts } = parseDocument(text, { file: 'x.txt' });
    expect(parts.filter((p) => p.isPlan)).toHaveLength(1);
    expect(parts.length).toBeGreaterThan(1);
  });
});

describe('page furniture of PDF and Word text', () => {
  const kept = (text: string): string[] => dropPageFurniture(linesFromText(text)).map((l) => l.text);

  it('should drop a table of contents with leader dots, and its heading', () => {
    expect(kept('某某规划\n目 录\n一、现状与形势..........1\n（一）指导思想....... 2\n二、重点任务\n')).toEqual(['某某规划', '二、重点任务', '']);
  });

  it('should drop a table of contents run together on one line', () => {
    expect(kept('第一章 发展形势　第一节 取得进展　第二节 面临挑战　第二章 总体要求\n第一章 发展形势\n')).toEqual(['第一章 发展形势', '']);
  });

  it('should drop page numbers that break running text, in increasing order', () => {
    const text = '着力提升创新能力、供给能力、支撑能力和应用水平，加快构\n3\n建智能制造发展生态，持续推进制造业数字化转型、网络化协\n统筹考虑区域、行业发展差异，加强前瞻性思考、全局性谋划\n4\n分层分类系统推动智能制造创新发展，实现发展与安全相统一。\n- 5 -\n';
    expect(kept(text).some((l) => /^\s*[-\d]/.test(l))).toBe(false);
  });

  it('should keep the numbers of a table written one cell per line', () => {
    const text = '序号\n指标\n单位\n1\n城市更新面积\n万平方米\n2\n老旧小区改造\n个\n';
    expect(kept(text)).toEqual(text.split('\n'));
  });
});

describe('chapter roles', () => {
  it('should read a two-clause heading by its first clause', () => {
    expect(sectionRole('强化源头防控，夯实绿色发展基础', true)).toBeNull();
    expect(sectionRole('发展基础', true)).toBe('context');
    expect(sectionRole('全国生态环境保护形势', true)).toBe('context');
    expect(sectionRole('面临形势，发展机遇', true)).toBe('context');
  });
});

describe('专栏 boxes', () => {
  const text = outdent`
    某市人工智能发展规划
    一、重点任务
    （一）构建创新体系
    1.建立基础理论体系。聚焦前沿方向。
    专栏1　基础理论
    1.大数据智能理论。研究数据驱动的方法。
    2.跨媒体感知计算理论。研究感知方法。
    2.建立关键共性技术体系。突破关键技术。
    专栏2　重点工程
    建设10个开放创新平台。
    （二）培育智能经济
    3.发展智能软硬件。推动产业化。
  `;
  const { documents } = parseDocument(text, { file: 'ai.txt' });
  const doc = documents[0];

  it('should not take a box item for a task, and keep the item before the box a task', () => {
    expect(doc?.tasks.map((t) => t.title)).toEqual(['建立基础理论体系', '建立关键共性技术体系', '发展智能软硬件']);
  });

  it('should keep each box as a section with the box role, its items inside it', () => {
    const boxes = doc?.sections.filter((s) => s.role === 'box') ?? [];
    expect(boxes.map((s) => s.title)).toContain('专栏1　基础理论');
    expect(boxes.map((s) => s.title)).toContain('大数据智能理论');
    expect(boxes.map((s) => s.title)).toContain('专栏2　重点工程');
  });

  it('should still read the figures a box states', () => {
    expect(doc?.targets.map((t) => t.value)).toContain(10);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('a plan with no title line', () => {
  it('should take the title the issuing notice names, and read the plan after its signature', () => {
    const text = outdent`
      某省人民政府办公厅关于印发《某省数字经济促进方案》的通知
      某政办发〔2023〕5号
      各市人民政府，省政府各部门：
      《某省数字经济促进方案》已经省政府同意，现印发给你们，请认真贯彻执行。
      某省人民政府办公厅
      2023年5月6日
      一、重点任务
      （一）建设算力设施。建成10个数据中心。
      （二）培育数据市场。培育50家数商。
    `;
    const { documents, issues } = parseDocument(text, { file: 'x.txt' });
    const doc = documents[0];
    expect(doc?.title).toBe('某省数字经济促进方案');
    expect(doc?.kind).toBe('implementation-plan');
    expect(doc?.provenance.title?.from).toBe('derived');
    expect(doc?.tasks.map((t) => t.title)).toEqual(['建设算力设施', '培育数据市场']);
    expect(issues.find((i) => i.code === 'no-title')?.severity).toBe('info');
    if (doc) expectExactQuotes(text, doc);
  });

  it('should report no title as null, with an info diagnostic', () => {
    const { documents, issues } = parseDocument('一、推进数字政府建设\n1.推动政务服务数字化转型。\n2.完善移动应用。\n', { file: 'y.txt' });
    expect(documents[0]?.title).toBeNull();
    expect(issues.map((i) => i.code)).toContain('no-title');
  });

  it('should not name a plan from a notice that issues two', () => {
    const text = '某省人民政府办公厅关于印发《甲政策》《乙计划》的通知\n各市人民政府：\n现印发给你们。\n某省人民政府办公厅\n2021年9月2日\n一、重点任务\n1.推进外网建设。\n2.推进内网改造。\n';
    expect(parseDocument(text, { file: 'z.txt' }).documents[0]?.title).toBeNull();
  });
});

describe('a file given to a command', () => {
  const tmp = tempDirs('plankb-layouts-');
  it('should open the plan with content, say that the file holds others, and list them all in a folder', () => {
    const path = join(tmp(), 'two.txt');
    writeFileSync(path, '某区2025年工作要点\n1.推进一项工作。\n2.推进另一项工作。\n\n某区2025年数据工作要点\n1.建设平台。\n2.完善标准。\n3.培育市场。\n');
    const { document, issues } = openDocument(path, () => {
      throw new Error('no corpus needed');
    });
    expect(document.tasks).toHaveLength(3);
    expect(issues.find((i) => i.code === 'several-plans')?.message).toContain(`${path}#1`);
    const corpus = loadCorpus({ dir: dirname(path), cache: false });
    expect(corpus.documents.map((d) => [d.id, d.tasks.length])).toEqual([
      ['two', 2],
      ['two-2', 3],
    ]);
    expect(openDocument(`${path}#1`, () => {
      throw new Error('no corpus needed');
    }).document.tasks).toHaveLength(2);
  });
});

describe('damaged input', () => {
  it('should read a UTF-8 file cut in the middle of a character up to the cut, with a warning', () => {
    const bytes = Buffer.from('某区2025年数据工作要点\n1.建设数据平台。\n2.完善标准。', 'utf8');
    const cut = bytes.subarray(0, bytes.length - 2);
    const decoded = decodeSource(cut);
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8', truncated: true });
    const path = join(tmpDamaged(), 'cut.txt');
    writeFileSync(path, cut);
    const { documents, issues } = parseFile(path);
    expect(documents[0]?.tasks).toHaveLength(2);
    expect(issues[0]).toMatchObject({ code: 'truncated', severity: 'warning', source: 'core:read' });
  });

  it('should not take GBK text that ends in a UTF-8 lead byte for cut-off UTF-8', () => {
    // 某区中 in GBK: d6 d0 ends the file, and d0 starts a two-byte UTF-8 sequence.
    expect(decodeSource(Buffer.from([0xc4, 0xb3, 0xc7, 0xf8, 0xd6, 0xd0]))).toMatchObject({ ok: true, encoding: 'gb18030' });
  });

  it('should not read random Chinese text with title-like lines as dozens of plans', () => {
    let seed = 7;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const chars = (n: number): string => Array.from({ length: n }, () => String.fromCharCode(0x4e00 + Math.floor(rand() * 20000))).join('');
    const lines = Array.from({ length: 300 }, () => {
      const k = rand();
      if (k < 0.1) return `${chars(8)}${['规划', '方案', '要点', '计划'][Math.floor(rand() * 4)]}`;
      if (k < 0.15) return `${['一、', '（二）', '3.'][Math.floor(rand() * 3)]}${chars(10)}`;
      return `${chars(10 + Math.floor(rand() * 50))}。`;
    });
    expect(parseDocument(lines.join('\n'), { file: 'noise.txt' }).documents.length).toBeLessThanOrEqual(1);
  });
});

describe('a five-year plan in 篇 and 章, with contents run together', () => {
  const text = outdent`
    某省国民经济和社会发展第十个五年计划纲要
    目录序言
    第一篇指导思想和发展目标
    第一章发展的指导思想第二章发展的主要目标第二篇调整经济结构
    第三章巩固农业基础地位序言
    过去五年，全省经济持续发展。
    第一篇指导思想和发展目标
    第一章发展的指导思想
    坚持以发展为主题。
    第二章发展的主要目标
    到2005年，全省生产总值达到2900亿元。
    第二篇调整经济结构第三章巩固农业基础地位
    加强农田水利建设。
  `;
  const doc = parseDocument(text, { file: 'gangyao.txt' }).documents[0];

  it('should drop the contents up to the body, and read 篇 over 章', () => {
    expect(recogniseLabel('第二篇调整经济结构')).toMatchObject({ style: 'di-part', number: 2 });
    expect(doc?.sections.filter((s) => s.parentId === null).map((s) => s.title)).toEqual(['指导思想和发展目标', '调整经济结构']);
    expect(doc?.tasks.map((t) => t.title)).toContain('巩固农业基础地位');
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('an item that opens with a year', () => {
  it('should read 3．2020年底前… as item 3, and 3.5% as a decimal', () => {
    expect(recogniseLabel('3．2020年底前开展涉企收费检查。')).toMatchObject({ style: 'arabic-dot', number: 3 });
    expect(recogniseLabel('3.5%的企业完成改造。')).toBeNull();
    expect(pieces('2．简化程序。（财政部负责）3．2020年底前开展检查。（市场监管总局牵头）')).toEqual(['2．简化程序。（财政部负责）', '3．2020年底前开展检查。（市场监管总局牵头）']);
  });
});

describe('items with no point after the number', () => {
  it.each([
    ['1 推动政务服务数字化转型', 1],
    ['12　完善数据标准体系', 12],
  ])('should read %j as item %d', (line, number) => {
    expect(recogniseLabel(line)).toMatchObject({ style: 'arabic-bare', number });
  });

  it.each(['20 个国家级平台', '10 亿元以上', '2 0 0 1年', '5 G基站', '3 家企业'])('should not read %j as an item', (line) => {
    expect(recogniseLabel(line)).toBeNull();
  });
});

describe('a title with its period on the next line', () => {
  it('should read the period line as part of the title, with the period', () => {
    const text = '某某县数字乡村建设三年行动方案\n（2024—2026年）\n\n一、重点任务\n（一）夯实数字基础设施。新建5G基站300个。\n（二）发展智慧农业。建设追溯平台。\n';
    const doc = parseDocument(text, { file: 'county.txt' }).documents[0];
    expect(doc?.title).toBe('某某县数字乡村建设三年行动方案（2024—2026年）');
    expect(doc?.period).toEqual({ start: 2024, end: 2026 });
    expect(doc?.tasks).toHaveLength(2);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('text hard-wrapped at a page margin (PDF text)', () => {
  // Every paragraph broken into lines of the page's width, page numbers between pages, items that start new lines.
  const wrapped = outdent`
    某某市智能制造发展规划
    一、发展目标
    到 2025 年，规模以上制造业企业大部分实现数字化网络化，重
    点行业骨干企业初步应用智能化，建成具有行业影响力的 120 个以
    上工业互联网平台。培育 150 家以上专业水平高、服务能力强、
    行业影响大的系统解决方案供应商，完成 200 项以上国家和行业标准
    的制修订，智能制造装备和工业软件市场满足率分别超过 70%和
    50%。
    二、重点任务
    （一）加快系统创新。强化科技支撑引领作用，推动跨学科、跨领
    域融合创新，打好关键核心和系统集成技术攻坚战，构建完善创
    新网络，持续提升创新效能，加快建设一批智能制造创新载体。
    2
    （二）深化推广应用。聚焦设计、生产、管理、服务等制造全过程，
    突破设计仿真、混合建模、协同优化等基础技术，开发应用增材
    制造、超精密加工等先进工艺技术，攻克智能感知、人机协作、
    供应链协同等共性技术，研发人工智能、大数据等新技术与制造
    3
    全过程、全要素深度融合的技术，建成 500 个以上引领行业发展
    的智能制造示范工厂。
    （三）加强自主供给。大力发展智能制造装备，加快工业软件突破
    提升，推动先进工艺、信息技术与制造装备深度融合，通过智能
    车间和智能工厂建设，带动通用、专用智能制造装备加速研制。
  `;

  it('should rejoin wrapped lines, so a figure and its words broken by the margin or a page number read whole', () => {
    const doc = parseDocument(wrapped, { file: 'wrapped.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['加快系统创新', '深化推广应用', '加强自主供给']);
    const platforms = doc?.targets.find((t) => t.value === 120);
    expect(platforms?.comparator).toBe('>=');
    expect(platforms?.quote.replace(/\s/g, '')).toContain('120个以上工业互联网平台');
    expect(platforms?.quote).toContain('\n');
    const factories = doc?.targets.find((t) => t.value === 500);
    expect(factories?.comparator).toBe('>=');
    expect(factories?.metric).toContain('引领行业发展');
    // The quote is the exact source, line breaks and the page number between them included.
    expect(factories?.quote).toContain('\n');
    if (doc) expectExactQuotes(wrapped, doc);
  });

  it('should leave a text with one paragraph per line as it is', () => {
    const text = outdent`
      某某区数字化转型工作要点
      一、重点任务
      （一）推进数据要素市场建设，建成数据交易平台，培育数据商20家以上，形成一批数据产品和服务。
      （二）推进算力基础设施建设，新增标准机架5000架，算力规模达到1000P，推动绿色数据中心发展。
      （三）推进政务服务一网通办，实现高频事项全程网办，办件量达到100万件，提升群众满意度。
    `;
    const doc = parseDocument(text, { file: 'plain.txt' }).documents[0];
    expect(doc?.tasks).toHaveLength(3);
    expect(doc?.targets.every((t) => !t.quote.includes('\n'))).toBe(true);
  });
});

describe('a title broken over two or three lines', () => {
  it('should read a title broken over three lines whole', () => {
    const text = '某某市人民政府关于印发\n某某市推进数字经济和实体经济\n深度融合行动方案的通知\n\n各区人民政府：\n现将《某某市推进数字经济和实体经济深度融合行动方案》印发给你们，请认真贯彻执行。\n\n某某市推进数字经济和实体经济\n深度融合行动方案\n\n一、重点任务\n（一）建设算力设施。新建标准机架1000架。\n（二）培育数据产业。培育数据商50家。\n';
    const result = parseDocument(text, { file: 'three-lines.txt' });
    const doc = result.documents[0];
    expect(doc?.title).toBe('某某市推进数字经济和实体经济深度融合行动方案');
    expect(doc?.tasks).toHaveLength(2);
    expect(result.parts.map((p) => p.title)).toContain('某某市人民政府关于印发某某市推进数字经济和实体经济深度融合行动方案的通知');
    if (doc) expectExactQuotes(text, doc);
  });

  it('should read a notice title broken after its issuer, but not take a signature above a title as part of it', () => {
    const notice = '某某省人民政府办公厅\n关于印发某某省数字政府建设实施方案的通知\n\n各市人民政府：\n现印发给你们。\n\n某某省数字政府建设实施方案\n\n一、重点任务\n（一）建设平台。\n（二）共享数据。\n';
    expect(parseDocument(notice, { file: 'n.txt' }).parts[0]?.title).toBe('某某省人民政府办公厅关于印发某某省数字政府建设实施方案的通知');
    const signed = '某某省数据局\n某某省数字政府建设实施方案\n\n一、重点任务\n（一）建设平台。\n（二）共享数据。\n';
    expect(parseDocument(signed, { file: 's.txt' }).documents[0]?.title).toBe('某某省数字政府建设实施方案');
  });
});

describe('more label forms of official texts', () => {
  it.each([
    ['行动一：数字基础设施提升行动', 'named', 1],
    ['专项行动2：算力提升', 'named', 2],
    ['任务三、建设平台', 'named', 3],
    ['重点工程1 数据汇聚工程', 'named', 1],
    ['一）加强组织领导', 'cn-paren', 1],
    ['3）完善机制', 'arabic-paren', 3],
    ['〔二〕加强统筹', 'cn-paren', 2],
    ['【四】加强统筹', 'cn-paren', 4],
    ['一 、加强统筹', 'cn-comma', 1],
  ])('should read %s as a %s label numbered %i', (line, style, number) => {
    expect(recogniseLabel(line)).toMatchObject({ style, number });
  });

  it.each(['行动方案已经市政府同意', '任务分工如下：', '工程建设项目审批改革', '行动起来，共同推进', '2025年）前完成'])('should not read "%s" as a label', (line) => {
    expect(recogniseLabel(line)).toBeNull();
  });

  it('should read named actions as tasks, with their duties, and items whose opening bracket was lost', () => {
    const text = outdent`
      某某市数字经济高质量发展三年行动方案（2024—2026年）

      一、总体目标
      到2026年，全市数字经济核心产业增加值达到1000亿元。

      二、重点行动
      行动一：数字基础设施提升行动
      新建5G基站5000个，新增标准机架1万架。（责任单位：市通信管理局、市发展改革委）
      行动二：数字产业培育行动
      培育数字经济核心企业100家以上。（责任单位：市工业和信息化局）

      三、保障措施
      一）加强组织领导。成立领导小组。
      二）强化资金保障。设立专项资金。
    `;
    const doc = parseDocument(text, { file: 'named.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['数字基础设施提升行动', '数字产业培育行动', '加强组织领导', '强化资金保障']);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['市通信管理局'], ['市工业和信息化局']]);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('a government web page copied whole', () => {
  const page = outdent`
    首页 > 政务公开 > 政策文件 > 区政府文件
    【字体：大 中 小】 打印本页 关闭窗口
    某某区人民政府办公室关于印发《某某区2023年数字经济发展工作要点》的通知
    某府办发〔2023〕12号
    各街道办事处，区级各部门：
    《某某区2023年数字经济发展工作要点》已经区政府同意，现印发给你们，请认真贯彻落实。
    某某区人民政府办公室
    2023年5月10日
    （此件公开发布）
    某某区2023年数字经济发展工作要点
    一、夯实数字基础设施
    1.加快5G网络建设。全年新建5G基站800个。（牵头单位：区经信局；配合单位：各街道办事处）
    2.推进算力设施布局。新增标准机架2000架。（牵头单位：区发改局）
    扫一扫在手机打开当前页
    分享到：
  `;

  it('should drop the page controls and the 公文 note, keeping the title and reading the plan to its end', () => {
    const result = parseDocument(page, { file: 'page.txt' });
    const doc = result.documents[0];
    expect(doc?.title).toBe('某某区2023年数字经济发展工作要点');
    expect(doc?.date).toBe('2023-05-10');
    expect(doc?.tasks).toHaveLength(2);
    expect(result.issues.filter((i) => i.code === 'truncated')).toEqual([]);
    if (doc) expectExactQuotes(page, doc);
  });
});

describe('paragraphs that open with their heading as a sentence (主旨句)', () => {
  const measures = outdent`
    某某省支持数字经济发展若干措施

    一、发展态势
    数字经济规模持续扩大。全省数字经济规模达到1万亿元，占比逐年提高。
    创新能力不断增强。建成一批创新平台，集聚一批领军企业。

    二、支持平台建设
    培育工业互联网平台。对新认定的国家级平台给予一次性奖励。（责任单位：省工业和信息化厅）
    推动企业上云上平台。建立服务商资源池，实施动态管理。（责任单位：省工业和信息化厅、省财政厅）

    三、支持数字化转型
    （一）加快设备改造。鼓励企业实施设备数字化改造。
    推广智能化改造。支持企业建设智能工厂。
    推动网络化协同。支持企业开展供应链协同。
  `;

  it('should read each such paragraph under a chapter as a task, with its duty', () => {
    const doc = parseDocument(measures, { file: 'measures.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['培育工业互联网平台', '推动企业上云上平台', '加快设备改造']);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['省工业和信息化厅'], ['省工业和信息化厅']]);
    if (doc) expectExactQuotes(measures, doc);
  });

  it('should read a 态势 or 回顾 chapter as context', () => {
    expect(sectionRole('战略态势', true)).toBe('context');
    expect(sectionRole('2023年工作回顾', true)).toBe('context');
    expect(sectionRole('规划背景', true)).toBe('context');
    expect(sectionRole('发展基础和环境', true)).toBe('context');
    expect(sectionRole('发展现状与形势', true)).toBe('context');
    expect(sectionRole('优化营商环境', true)).toBeNull();
  });
});

describe('a document in the 公文 form addressed to units', () => {
  it('should read the addressees under a 关于…的实施意见 title as the opening of its own body', () => {
    const text = outdent`
      某某市人民政府关于加快推进数字经济高质量发展的实施意见
      某府发〔2024〕8号

      各区人民政府，市政府各部门、各直属机构：
      为加快推进我市数字经济高质量发展，现提出如下意见。
      一、主要任务
      （一）夯实数字基础设施。到2026年累计建成5G基站3万个。（市通信管理局牵头，各区政府配合）
      （二）推进产业数字化转型。每年推动1000家企业上云。（市工业和信息化局牵头）

      某某市人民政府
      2024年3月20日
    `;
    const result = parseDocument(text, { file: 'opinion.txt' });
    const doc = result.documents[0];
    expect(doc?.title).toBe('某某市人民政府关于加快推进数字经济高质量发展的实施意见');
    expect(doc?.docNumber).toBe('某府发〔2024〕8号');
    expect(doc?.date).toBe('2024-03-20');
    expect(doc?.tasks.map((t) => t.title)).toEqual(['夯实数字基础设施', '推进产业数字化转型']);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['市通信管理局'], ['市工业和信息化局']]);
    expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('the genre an untitled plan gives itself', () => {
  it.each([
    ['为贯彻落实《某某规划》，加快推进建设，制定本行动方案。', 'action-plan'],
    ['结合我市实际，制定本行动计划。', 'action-plan'],
    ['为抢抓发展机遇，制定本规划。', 'plan'],
    ['现提出如下实施意见：', 'implementation-plan'],
    ['结合工作实际，制定如下措施', 'implementation-plan'],
    ['特制定本实施方案。', 'implementation-plan'],
  ])('should read %s as %s', (text, kind) => {
    expect(kindFromSelfReference(text)).toBe(kind);
  });

  it('should not read a plan the text only refers to', () => {
    expect(kindFromSelfReference('为贯彻落实《某某市数字经济发展规划》，加快建设。')).toBeNull();
  });

  it('should give an untitled plan the kind its opening names', () => {
    const text = '为加快推进数字化转型，制定本行动方案。\n一、重点任务\n1.建设平台。建成平台1个。\n2.共享数据。\n';
    expect(parseDocument(text, { file: 'untitled.txt' }).documents[0]?.kind).toBe('action-plan');
  });
});

describe('item titles as real lists set them off', () => {
  it('should end a title at a colon or a square bracket, and keep 3、 in a list of 1. 2. 4.', () => {
    const text = '某某区2024年数据工作要点\n\n一、重点任务\n1.加强组织领导：成立工作专班，统筹推进。\n2.完善制度体系:出台管理办法。\n3、推进数据共享。建成共享平台。\n4.【强化安全保障】落实安全责任制。\n';
    const doc = parseDocument(text, { file: 'titles.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['加强组织领导', '完善制度体系', '推进数据共享', '强化安全保障']);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should still nest 1、 items under a 1. item that opens a new list', () => {
    const text = '某某区2024年数据工作要点\n\n一、重点任务\n1.建设平台。\n1、建设数据中台。\n2、建设业务中台。\n2.共享数据。\n';
    const doc = parseDocument(text, { file: 'nested.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['建设数据中台', '建设业务中台', '共享数据']);
  });
});

describe('measures in articles (第一条 …)', () => {
  it('should read each article as a task, but not the closing article on how the measures apply', () => {
    const text = '某某市促进数字经济发展若干措施\n\n第一条　支持企业上云。对上云企业给予补贴。\n第二条　支持平台建设。对新认定的平台给予一次性奖励。\n第三条　本措施自印发之日起施行，由市工业和信息化局负责解释。\n';
    const doc = parseDocument(text, { file: 'articles.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['支持企业上云', '支持平台建设']);
    expect(doc?.sections.map((s) => s.role)).toEqual(['context']);
  });
});

describe('the end of a plan', () => {
  it('should not call a plan cut off because its attachments are listed under it', () => {
    const text = '某某省关于加强绩效考核工作的实施方案\n\n一、重点任务\n（一）建设平台。建成平台。\n（二）共享数据。共享数据。\n\n附件：1．某某考核指标\n      2．某某考核细则\n某某省人民政府办公厅\n2019年1月16日\n';
    const result = parseDocument(text, { file: 'attached.txt' });
    expect(result.documents[0]?.tasks).toHaveLength(2);
    expect(result.issues.filter((i) => i.code === 'truncated')).toEqual([]);
  });

  it('should still warn when the text stops mid-sentence', () => {
    const text = '某某省关于加强绩效考核工作的实施方案\n\n一、重点任务\n（一）建设平台。建成平台。\n（二）共享数据。推进各部门\n';
    expect(parseDocument(text, { file: 'cut.txt' }).issues.map((i) => i.code)).toContain('truncated');
  });
});

describe('an attachment after a plan', () => {
  it('should keep a catalogue of names in the same nesting (1. / 1.1 / 1.1.1犁) out of the plan', () => {
    const text = '某某省农机购置补贴实施方案\n\n一、补贴范围\n（一）常规机具。补贴范围为规定的品目。\n（二）新产品。开展试点。\n\n附件\n\n农机购置补贴机具种类范围\n\n1.耕整地机械\n1.1耕地机械\n1.1.1犁\n1.1.2旋耕机\n1.1.3深松机\n1.2整地机械\n1.2.1耙\n1.2.2起垄机\n';
    const doc = parseDocument(text, { file: 'catalogue.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['常规机具', '新产品']);
  });
});

describe('joint issuers', () => {
  it('should list joint issuers who sign on one line with 、, the provenance keeping the line', () => {
    const text = '某某省农机购置补贴实施方案\n\n一、重点任务\n（一）建设平台。建成平台。\n（二）共享数据。共享数据。\n\n某某省农业农村厅　　　　某某省财政厅\n2024年7月1日\n';
    const doc = parseDocument(text, { file: 'joint.txt' }).documents[0];
    expect(doc?.issuer).toBe('某某省农业农村厅、某某省财政厅');
    expect(doc?.provenance.issuer?.quote).toBe('某某省农业农村厅　　　　某某省财政厅');
  });
});

describe('years damaged by OCR or a conversion', () => {
  // Note: a year with letters read for digits (2O05年) is read as the year since letter-digits.ts, and still reported.
  it('should warn at each damaged year, and parse the plan as usual', () => {
    const text = '某某省国民经济和社会发展第十个五年计划纲要\n\n一、重点任务\n（一）交通。到2 0 0年 , 公路通车总里程达到1 1万公里左右。\n（二）能源。到2O05年，发电装机达到1000万千瓦。\n（三）农业。到2005年，粮食产量稳定在1500万吨。\n';
    const result = parseDocument(text, { file: 'ocr.txt' });
    const garbled = result.issues.filter((i) => i.code === 'garbled-text');
    expect(garbled.map((i) => [i.severity, i.position?.start.line])).toEqual([
      ['warning', 4],
      ['warning', 5],
    ]);
    expect(garbled.map((i) => (i.position ? text.slice(i.position.start.offset, i.position.end.offset) : ''))).toEqual(['2 0 0年', '2O05']);
    expect(result.documents[0]?.tasks).toHaveLength(3);
  });

  it('should not warn at whole years, spaced-out years or durations', () => {
    const text = '某某省计划纲要\n\n一、主要目标\n（一）到2 0 0 5年，建成平台。\n（二）土地承包期再延长3 0年不变。\n（三）到2025年底前完成。\n';
    expect(parseDocument(text, { file: 'fine.txt' }).issues.filter((i) => i.code === 'garbled-text')).toEqual([]);
  });
});

describe('the metric of a figure in an item\'s first clause', () => {
  it('should not carry the item\'s label', () => {
    const text = '某某市发展规划\n\n一、主要任务\n（七）研发投入强度提高到2.8%。\n8.城镇调查失业率控制在5.5%以内。\n';
    const doc = parseDocument(text, { file: 'metric.txt' }).documents[0];
    expect(doc?.targets.map((t) => t.metric)).toEqual(['研发投入强度', '城镇调查失业率']);
  });
});

describe('the print line at the end of an official document', () => {
  it('should read the print line with copies and proofreaders as the colophon, with its issuer and date', () => {
    const text = '某某省文物事业发展规划\n\n一、重点任务\n（一）加强保护。开展普查。\n（二）加强利用。建设展馆。\n某某省文化和旅游厅办公室2021年10月27日印发（共印50份）初校：张三 终校：李 四\n';
    const result = parseDocument(text, { file: 'print.txt' });
    const doc = result.documents[0];
    expect(doc?.date).toBe('2021-10-27');
    expect(doc?.issuer).toBe('某某省文化和旅游厅办公室');
    expect(result.issues.filter((i) => i.code === 'truncated')).toEqual([]);
  });
});

describe('years that open a sentence', () => {
  it('should date a figure by the year its sentence opens with, and give a bare follow-up figure the metric before it', () => {
    const text = '某某市2024年数字经济工作要点\n\n一、2023年工作回顾\n2023年，全市数字经济核心产业增加值达到1200亿元。\n二、重点任务\n（一）建设算力设施。2024年新建5G基站5000个，到2025年累计达到4万个。\n（二）培育数据产业。较2020年翻一番。\n';
    const doc = parseDocument(text, { file: 'years.txt' }).documents[0];
    expect(doc?.indicators.map((i) => [i.metric, i.asOf])).toEqual([['数字经济核心产业增加值', '2023-12-31']]);
    expect(doc?.targets.filter((t) => t.unit === '个').map((t) => [t.value, t.deadline?.year, t.metric.includes('5G基站')])).toEqual([
      [5000, 2024, true],
      [40000, 2025, true],
    ]);
  });
});

describe('duties labelled in square brackets', () => {
  it('should read 【牵头单位】…【配合单位】… after an item, with exact positions', () => {
    const text = '某某区2024年数据工作要点\n\n一、重点任务\n1.建设平台。完善平台功能。【牵头单位】区数据局【配合单位】区财政局、各街道\n2.共享数据。推进数据共享。\n【责任单位】区政务服务中心；【完成时限】2024年6月底前\n';
    const doc = parseDocument(text, { file: 'brackets.txt' }).documents[0];
    expect(doc?.assignments.map((a) => [a.leadUnits, a.supportingUnits, a.due])).toEqual([
      [['区数据局'], ['区财政局', '各街道'], null],
      [['区政务服务中心'], [], '2024-06-30'],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('a year\'s 重点任务 and a date signed alone', () => {
  it('should read …2025年…重点任务 and …重点工作任务 as work-points titles, but not a bare chapter heading', () => {
    for (const title of ['某某县2025年乡村振兴重点工作任务', '某市2024年数字政府建设重点任务']) {
      const doc = parseDocument(`${title}\n\n一、粮食生产\n1、稳定面积。稳定在50万亩以上。\n2、建设农田。新建3万亩。\n`, { file: 'k.txt' }).documents[0];
      expect([doc?.title, doc?.kind, doc?.period]).toEqual([title, 'work-points', { start: Number(title.match(/\d{4}/)?.[0]), end: Number(title.match(/\d{4}/)?.[0]) }]);
    }
    expect(titleKind('重点任务')).toBeNull();
  });

  it('should read a date alone under the text as its date, and not warn that the text is cut off', () => {
    const text = '某市2024年智慧城市建设工作要点\n\n一、完善基础设施\n（一）推进5G覆盖。新建5G基站800个。\n（二）建设平台。接入数据30类。\n\n二〇二四年三月五日\n';
    const result = parseDocument(text, { file: 'dated.txt' });
    expect(result.documents[0]?.date).toBe('2024-03-05');
    expect(result.issues.map((i) => i.code)).not.toContain('truncated');
  });
});

describe('a task list published on its own', () => {
  const text = '某市2024年营商环境优化重点任务清单\n序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\n1\t优化开办企业\t企业开办时间压缩至1个工作日以内\t市市场监管局\t市税务局\t2024年6月底\n2\t推进数据共享\t共享数据接口新增100个\t市大数据局\t各区政府\t持续推进\n';

  it('should read a 清单 that is only a table as a plan whose tasks are its rows, each with its duty', () => {
    const doc = parseDocument(text, { file: 'list.txt' }).documents[0];
    expect([doc?.title, doc?.kind]).toEqual(['某市2024年营商环境优化重点任务清单', 'task-allocation']);
    expect(doc?.tasks.map((t) => [t.label, t.title, t.body])).toEqual([
      ['1', '优化开办企业', '企业开办时间压缩至1个工作日以内'],
      ['2', '推进数据共享', '共享数据接口新增100个'],
    ]);
    expect(doc?.assignments.map((a) => [a.taskId, a.leadUnits, a.supportingUnits, a.dueText])).toEqual([
      ['list:t1', ['市市场监管局'], ['市税务局'], '2024年6月底'],
      ['list:t2', ['市大数据局'], ['各区政府'], '持续推进'],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should keep a figure and its metric inside its cell', () => {
    const doc = parseDocument(text, { file: 'list.txt' }).documents[0];
    expect(doc?.targets.map((t) => [t.metric, t.comparator, t.value, t.quote])).toEqual([
      ['企业开办时间', '<=', 1, '企业开办时间压缩至1个工作日以内'],
      ['共享数据接口', '=', 100, '共享数据接口新增100个'],
    ]);
  });

  it('should read work points set out as a table under their title the same way', () => {
    const points = '某区2025年数据工作要点\n\n| 序号 | 重点工作 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 建设区级数据平台。平台上线运行 | 区数据局 | 2025年6月 |\n| 2 | 推进公共数据开放 | 区数据局、区财政局 | 2025年底 |\n';
    const doc = parseDocument(points, { file: 'points.md' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['建设区级数据平台。平台上线运行', '推进公共数据开放']);
    expect(doc?.assignments.map((a) => a.taskId)).toEqual(['points:t1', 'points:t2']);
    if (doc) expectExactQuotes(points, doc);
  });
});

describe('a notice that assigns the work itself', () => {
  const text = '某某市某某区人民政府办公室关于做好2024年数据要素工作的通知\n某府办〔2024〕3号\n\n各街道办事处，区政府各部门：\n　　为培育数据要素市场，现就有关事项通知如下：\n　　一、加快数据资源汇聚。到2024年底，汇聚数据10亿条。（责任单位：区政数局）\n　　二、推进数据开放。开放数据集不少于200个。\n\n某某市某某区人民政府办公室\n2024年3月1日\n';

  it('should read a 通知 with numbered tasks and no document it issues as the plan, kind notice', () => {
    const doc = parseDocument(text, { file: 'directive.txt' }).documents[0];
    expect([doc?.title, doc?.kind, doc?.docNumber, doc?.date]).toEqual(['某某市某某区人民政府办公室关于做好2024年数据要素工作的通知', 'notice', '某府办〔2024〕3号', '2024-03-01']);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['加快数据资源汇聚', '推进数据开放']);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['区政数局']]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should still find no plan in a notice that only issues another document', () => {
    const issuing = '关于印发《某市数据工作方案》的通知\n各区：\n现将《某市数据工作方案》印发给你们，请认真贯彻落实。\n\n某市人民政府\n2024年3月1日\n';
    expect(parseDocument(issuing, { file: 'issuing.txt' }).documents).toEqual([]);
  });
});

describe('duties labelled after the item without brackets', () => {
  it('should read 责任单位：… that ends the item line after its last sentence, with its deadline', () => {
    const text = '某某区2025年数字政府建设工作要点\n\n一、夯实基础\n1.推进政务云扩容。完成扩容。责任单位：区大数据中心，完成时限：2025年6月底前。\n2.加快光网建设。新增用户2万户。责任单位：区经信局（牵头）、区住建局\n3.推进共享。（责任单位：区数据局）\n';
    const doc = parseDocument(text, { file: 'tail.txt' }).documents[0];
    expect(doc?.assignments.map((a) => [a.taskId, a.leadUnits, a.supportingUnits, a.due])).toEqual([
      ['tail:t1', ['区大数据中心'], [], '2025-06-30'],
      ['tail:t2', ['区经信局'], ['区住建局'], null],
      ['tail:t3', ['区数据局'], [], null],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should not read a label inside a sentence, or one inside brackets, as a tail clause', () => {
    const text = '某某区2025年工作要点\n\n一、重点任务\n1.明确责任单位：各部门要落实责任。\n2.推进共享。（说明：责任单位：见附件）\n';
    const doc = parseDocument(text, { file: 'tail2.txt' }).documents[0];
    expect(doc?.tasks).toHaveLength(2);
    expect(doc?.assignments.filter((a) => a.leadUnits.length > 0)).toEqual([]);
  });
});

describe('a list inside an item', () => {
  it('should keep numbered lines that enumerate within one sentence (…；…；…。) in their item, which stays the task', () => {
    const text = '某某省农机购置补贴实施方案\n\n一、操作程序\n（一）发布实施规定。及时发布。\n（二）受理补贴申请。购机者申请时需提供以下材料：\n1．有效身份证明；\n2．购机发票；\n3．社保卡号或银行账号。\n（三）兑付补贴资金。按时兑付。\n';
    const doc = parseDocument(text, { file: 'enum.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['发布实施规定', '受理补贴申请', '兑付补贴资金']);
    expect(doc?.tasks[1]?.body).toContain('购机发票');
  });

  it('should keep numbered items that are sentences of their own as tasks', () => {
    const text = '某某区2024年数据工作要点\n\n一、重点任务\n（一）建设平台。\n1．建设数据中台。完善功能。\n2．建设业务中台。完善功能。\n';
    expect(parseDocument(text, { file: 'items.txt' }).documents[0]?.tasks.map((t) => t.title)).toEqual(['建设数据中台', '建设业务中台']);
  });
});

describe('chapter headings that are no titles', () => {
  it.each(['保障措施', '主要举措', '加强组织保障的措施', '工作任务', '重点工作任务'])('should not read %s as a title', (heading) => {
    expect(kindFromTitle(heading)).toBeNull();
  });
});

describe('work points sent to units directly, items opened by 一是, 二是', () => {
  const text = outdent`
    某某县2025年政务公开工作要点
    各乡镇人民政府，县政府各部门：
    　　为做好今年政务公开工作，现提出如下要点：
    　　一是加强政策解读。全年解读不少于10次。（县政府办牵头，各部门按职责分工负责）
    　　二是优化政务服务。年内实现20个以上事项集成办理。（县行政审批局牵头，县数据局配合）
    　　同时做好政务服务评价。
    　　三是规范依申请公开。按期办结率达到100%。（县司法局负责）
  `;

  it('should keep the addressee line in the plan and read the ordinal paragraphs as its tasks, with their duties', () => {
    const doc = parseDocument(text, { file: 'county.txt' }).documents[0];
    expect([doc?.title, doc?.kind]).toEqual(['某某县2025年政务公开工作要点', 'work-points']);
    expect(doc?.tasks.map((t) => [t.number, t.title])).toEqual([
      [1, '加强政策解读'],
      [2, '优化政务服务'],
      [3, '规范依申请公开'],
    ]);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['县政府办'], ['县行政审批局'], ['县司法局']]);
    expect(doc?.targets.map((t) => t.value)).toEqual([10, 20, 100]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should read 第一，第二， paragraphs the same way', () => {
    const numbered = '某某区2025年数据工作要点\n　　第一，建设数据平台。完成二期建设。\n　　第二，推进数据开放。开放数据集不少于200个。\n';
    expect(parseDocument(numbered, { file: 'di.txt' }).documents[0]?.tasks.map((t) => t.title)).toEqual(['建设数据平台', '推进数据开放']);
  });

  it('should leave 一是 inside a numbered plan to its item, and a run that does not start at 一 to the text', () => {
    const inside = '某某区2025年数据工作要点\n一、建设数据平台\n　　一是完成二期建设。二是接入各部门数据。\n二、推进数据开放\n';
    expect(parseDocument(inside, { file: 'inside.txt' }).documents[0]?.tasks.map((t) => t.title)).toEqual(['建设数据平台', '推进数据开放']);
    const broken = '某某区2025年数据工作要点\n　　二是完成二期建设。\n　　三是接入各部门数据。\n';
    expect(parseDocument(broken, { file: 'broken.txt' }).documents[0]?.tasks ?? []).toEqual([]);
  });

  it('should still read a plan title followed by addressees told 现将…印发给你们 as a notice that issues it', () => {
    const issuing = '某某县2025年政务公开工作要点\n各乡镇人民政府，县政府各部门：\n　　现将《某某县2025年政务公开工作要点》印发给你们，请认真贯彻执行。\n\n某某县人民政府办公室\n2025年3月1日\n\n一、加强政策解读\n二、优化政务服务\n';
    const result = parseDocument(issuing, { file: 'issuing-points.txt' });
    expect(result.parts.map((p) => p.kind)).toContain('notice');
    expect(result.documents[0]?.tasks.map((t) => t.title)).toEqual(['加强政策解读', '优化政务服务']);
  });
});
