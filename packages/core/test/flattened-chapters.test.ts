// Chapters of a plan whose line breaks were lost (a spreadsheet cell's or a web page's copy: the whole text, or each
// chapter, on one line). Two general rules of official documents find a chapter's 一、 there without a full stop before
// it: the preamble closes with the words that introduce the plan (制定本方案 / 制定如下措施 / 提出如下意见), and the
// chapters are numbered in order, so the exact successor of the last chapter label opens the next chapter.
import { describe, expect, it } from 'vitest';
import { splitRunOnLines } from '../src/parse/run-on-lines.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';

const pieces = (text: string): string[] => splitRunOnLines(linesFromText(text)).map((l) => l.text);

const FLAT_PLAN =
  '为加快推进全市智慧交通发展，结合我市实际，制定如下措施一、夯实交通数字底座1.建设交通感知网络。在主要路口部署感知设备，实现重点路段全覆盖' +
  '2.完善交通数据平台。整合公安交管、城市管理等部门数据，2025年底前接入数据资源200类以上二、拓展智慧出行服务3.推广一码通行。实现公交地铁一码通乘，' +
  '全市公交刷码率达到80%以上4.优化停车诱导服务。建成全市统一停车信息平台三、强化组织保障5.加强统筹协调。建立联席会议制度，定期研究解决重大问题';

describe('a chapter label whose full stop was lost', () => {
  it('should cut the first chapter after the words that close the preamble', () => {
    expect(pieces('为推进我县农村人居环境整治，结合实际，特制定本方案一、总体要求坚持规划引领，分类推进。')).toEqual([
      '为推进我县农村人居环境整治，结合实际，特制定本方案',
      '一、总体要求坚持规划引领，分类推进。',
    ]);
    expect(pieces('为深化营商环境改革，现提出如下意见一、优化审批服务持续压减审批时限。')[1]).toBe('一、优化审批服务持续压减审批时限。');
  });

  it('should cut each next chapter, the exact successor of the last one, glued to the text before it', () => {
    const lines = pieces(FLAT_PLAN);
    expect(lines.filter((l) => /^[一二三]、/.test(l))).toEqual([
      '一、夯实交通数字底座',
      '二、拓展智慧出行服务',
      '三、强化组织保障',
    ]);
    expect(lines.filter((l) => /^\d\./.test(l)).map((l) => l.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.']);
  });

  it('should leave 一、 and other numbers in prose where they are', () => {
    // No preamble's closing words before 一、, and no chapter 一 before 二、.
    expect(pieces('坚持统筹协调，推动城乡融合一、二类区域分别制定标准，做到规划合一、标准统一、管理唯一。')).toHaveLength(1);
    expect(pieces('一、总体要求坚持问题导向，统筹推进，实现管理统一、标准二、三级联动。')).toHaveLength(1);
    // A chapter number that skips one is not the successor.
    expect(pieces('一、总体要求坚持问题导向，统筹推进各项工作三、保障措施加强领导。')).toHaveLength(1);
  });

  it('should cut a numbered item after a full stop even when a list before it broke the numbering', () => {
    // The first task's own list of eight is numbered in the tasks' style, so the second task's 2. does not follow 8.
    const list = Array.from({ length: 8 }, (_, k) => `${k + 1}.${['感知计算', '混合增强', '群体智能', '自主协同', '机器学习', '类脑计算', '量子智能', '知识计算'][k]}理论。研究相关基础理论与方法。`).join('');
    const line = `（一）构建人工智能科技创新体系。围绕增加源头供给强化部署。1.建立基础理论体系。聚焦重大科学前沿问题。${list}2.建立关键共性技术体系。围绕提升国际竞争力的迫切需求，突破一批关键共性技术。`;
    expect(pieces(line).at(-1)).toBe('2.建立关键共性技术体系。围绕提升国际竞争力的迫切需求，突破一批关键共性技术。');
    // A decimal, or a number not before Chinese text, stays in its sentence.
    expect(pieces('全市地区生产总值增长6.5%，规模以上工业增加值增长7.2%。2.5倍于全省平均水平的研发投入强度保持领先，创新能力持续增强。')).toHaveLength(1);
  });

  it('should cut items numbered 1、 as it cuts 1. (the informal form of the same label)', () => {
    const flat = FLAT_PLAN.replace(/(\d)\./g, '$1、');
    const lines = pieces(flat);
    expect(lines.filter((l) => /^\d、/.test(l)).map((l) => l.slice(0, 6))).toEqual(['1、建设交通', '2、完善交通', '3、推广一码', '4、优化停车', '5、加强统筹']);
    // After a full stop, out of sequence, as 1.
    expect(pieces('（一）推进数字乡村建设。完善农村网络设施。7、提升农村物流水平。建设县乡村三级物流体系。').at(-1)).toBe('7、提升农村物流水平。建设县乡村三级物流体系。');
  });

  it('should leave numbers enumerated with 、 in prose where they are', () => {
    // 1、2月份 and 第1、第2批 list numbers; a 、 before a digit is no label either.
    expect(pieces('一、总体要求在1、2月份完成摸底调查，对第1、第2批试点开展评估。')).toHaveLength(1);
    expect(pieces('（一）完善设施。对1、3、5号线开展改造，推进工作。2、3季度完成验收并投入使用。')).toHaveLength(1);
  });

  it('should read a plan flattened to one line into its chapters and tasks, quoting the source exactly', () => {
    const text = `某市智慧交通发展若干措施\n${FLAT_PLAN}`;
    const doc = parseDocument(text, { file: 'flat.txt' }).documents[0];
    expect(doc?.sections.map((s) => s.title)).toEqual(['夯实交通数字底座', '拓展智慧出行服务', '强化组织保障']);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['建设交通感知网络', '完善交通数据平台', '推广一码通行', '优化停车诱导服务', '加强统筹协调']);
    expect(doc?.targets.map((t) => t.value)).toEqual(expect.arrayContaining([200, 80]));
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('a list of headings that lost its line breaks and full stops', () => {
  // OCR'd from a PDF and flattened: the chapter intro ends without a full stop, and the first chapter's 一、 was misread.
  const FLAT_OCR =
    '为加快场景创新，制定本行动计划。总体要求-、坚持需求牵引，到2027年打造标杆场景50个以上。' +
    '二、实施场景培育行动聚焦重点产业，增创产业发展新优势(一)布局一批成长场景在人工智能领域开放应用场景。' +
    '(二)培育一批推广场景在信息技术领域推广集成电路应用。(三)开放一批升级场景在智能制造领域开展数字化改造。' +
    '三、强化组织保障建立工作机制(四)健全工作机制建立联席会议制度。(省发展改革委牵头，各市配合)(五)强化政策支持对符合条件的项目给予支持。';

  it('should cut a label whose next two numbers follow it in the line, and a chapter whose first one was misread', () => {
    const lines = pieces(FLAT_OCR);
    expect(lines.filter((l) => /^[二三]、/.test(l)).map((l) => l.slice(0, 10))).toEqual(['二、实施场景培育行动', '三、强化组织保障建立']);
    expect(lines.filter((l) => /^\([一二三四五]\)/.test(l)).map((l) => l.slice(0, 9))).toEqual(['(一)布局一批成长', '(二)培育一批推广', '(三)开放一批升级', '(四)健全工作机制', '(五)强化政策支持']);
  });

  it('should read the plan with its tasks, lead unit and target, quoting the source exactly', () => {
    const doc = parseDocument(FLAT_OCR, { file: 'ocr-flat.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.label)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)']);
    expect(doc?.assignments.flatMap((a) => a.leadUnits)).toContain('省发展改革委');
    if (doc) expectExactQuotes(FLAT_OCR, doc);
  });

  it('should leave a label in prose whose list does not go on, or that enumerates numbers', () => {
    // (一) and (二) cited in a sentence, with no (三) after them; 二、三产业 enumerates numbers.
    expect(pieces('按照通知第二部分(一)项和(二)项的要求开展自查工作，推进整改落实到位。')).toHaveLength(1);
    expect(pieces('坚持统筹推进一、二、三产业融合发展，促进农民增收致富，三、四线城市同步推进。')).toHaveLength(1);
  });
});

describe('a second plan in the file, numbered from 一、 again after its title', () => {
  const first = '某市支持数字经济发展若干政策\n为加快数字经济发展，制定以下政策。 一、支持平台建设 对新认定的平台给予奖励。 二、支持企业上云 对上云企业给予补贴。 三、支持人才培养 每年培训1000人次。';
  const second = '某市数字经济发展行动计划（2024-2026年）\n为推动数字经济发展，特制定本行动计划。 一、总体要求 （一）指导思想 坚持创新驱动。 （二）发展目标 到2026年，数字经济规模突破千亿元。 二、重点任务 （一）建设算力设施。新建数据中心2个。 （二）培育数据市场。培育数据商50家。';

  it('should cut the second plan’s 一、 and 二、 after its title line, as a parent heading restarts its children', () => {
    const lines = pieces(`${first}\n${second}`).map((l) => l.trim());
    expect(lines).toContain('一、总体要求');
    expect(lines).toContain('二、重点任务');
    const doc = parseDocument(`${first}\n${second}\n`, { file: 'two.txt' }).documents.find((d) => d.title?.includes('行动计划'));
    expect(doc?.tasks.map((t) => t.title)).toEqual(['建设算力设施', '培育数据市场']);
  });

  it('should not restart the numbering at a line that is no title (a sentence naming a plan)', () => {
    const lines = pieces(`${first}\n各单位要认真落实本行动计划。\n为推动数字经济发展，特制定本措施。 一、总体要求 （一）指导思想 坚持创新驱动。`).map((l) => l.trim());
    expect(lines).not.toContain('一、总体要求');
  });
});
