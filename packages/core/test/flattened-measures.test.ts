// Measures with no number under the chapters of 若干政策 and 若干措施 (一、支持现代物流业发展 / 培育物流龙头企业。对…给予…。
// （责任单位：…） / 建设公共物流设施。…), flattened to one line or with a space or a tab for each break: each measure is a
// paragraph that opens with its lead sentence and closes on its duty's bracket, and the next one follows the bracket at
// once. The chapter took all its measures into one body, and the first measure's lead into its heading (real 01's first
// plan gave 8 tasks where it gives 16 laid out; crafted probe d17 of hB's eleventh round).
import { describe, expect, it } from 'vitest';
import { splitRunOnLines } from '../src/parse/run-on-lines.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';

const pieces = (text: string): string[] => splitRunOnLines(linesFromText(text)).map((l) => l.text);

const LAID_OUT = [
  '某市促进服务业高质量发展若干政策',
  '为加快构建现代服务业体系，制定以下政策。',
  '一、支持现代物流业发展',
  '培育物流龙头企业。对首次评为国家5A级物流企业的，给予一次性奖励100万元。（责任单位：区商务局、区财政局）',
  '建设公共物流设施。对新建的公共配送中心，按实际投资额的10%给予补助，最高300万元。（责任单位：区发改局）',
  '二、支持新一代信息技术发展',
  '推动集成电路产业“强链补链延链”。对首轮流片的设计企业给予补助，最高500万元。（责任单位：区经信局）',
  '三、支持科技服务业发展',
  '鼓励研发设计服务。对年研发设计服务收入首次超过1亿元的企业，给予50万元奖励。（责任单位：区科技局）',
  '支持检验检测机构发展。对新获国家级资质认定的检验检测机构，给予30万元奖励。（责任单位：区市场监管局）',
  '本政策自2025年1月1日起施行，由区发改局负责解释。',
];

function outline(text: string): string[] {
  const doc = parseDocument(text, { file: 'measures.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return [`title ${doc?.title}`, ...(doc?.tasks ?? []).map((t) => `${t.sectionPath.join('>')}|${t.title}`), ...(doc?.assignments ?? []).map((a) => `${a.taskTitle}<${a.leadUnits.join('、')}`)];
}

describe('measures with no number, each closed by its duty, flattened', () => {
  const laidOut = outline(LAID_OUT.join('\n'));

  it('should read the laid-out plan as a reader does', () => {
    expect(laidOut.slice(0, 6)).toEqual([
      'title 某市促进服务业高质量发展若干政策',
      '支持现代物流业发展|培育物流龙头企业',
      '支持现代物流业发展|建设公共物流设施',
      '支持新一代信息技术发展|推动集成电路产业“强链补链延链”',
      '支持科技服务业发展|鼓励研发设计服务',
      '支持科技服务业发展|支持检验检测机构发展',
    ]);
  });

  it.each([
    ['one line', ''],
    ['a space for each break', ' '],
    ['a tab for each break', '\t'],
  ])('should give the same title, measures and duties (%s)', (_, joint) => {
    expect(outline(LAID_OUT.join(joint))).toEqual(laidOut);
  });

  it('should not cut a paragraph after a duty bracket that no lead sentence follows, nor in a short line', () => {
    const line = `${'推进某某工作，'.repeat(30)}完成改造项目。（责任单位：区商务局）各部门要加强协调，形成工作合力，确保各项政策落地见效。`;
    expect(pieces(line)).toHaveLength(1);
    expect(pieces('培育龙头企业。给予奖励100万元。（责任单位：区商务局）建设物流设施。给予补助。')).toHaveLength(1);
  });
});

// The same measures with no duty's bracket to close them (…最高500万元。 支持企业扩大规模。对…), on a page flattened with a
// space or a tab for each line break: the space after a sentence's end is the paragraph's break, and the chapters'
// labels after such spaces tell the page from a laid-out paragraph that spaces its sentences (crafted probes d21
// 德阳旌阳区 工作要点 and d22 芜湖鸠江区 若干措施 of hB's twelfth round).
describe('measures with no number and no duty, flattened with spaces', () => {
  const LINES = [
    '某区促进低空经济高质量发展若干措施',
    '为抢抓低空经济发展机遇，制定如下措施。',
    '一、支持企业落户发展',
    '鼓励企业总部落户。对新落户的低空经济企业总部，按实缴注册资本的2%给予奖励，最高500万元。',
    '支持企业扩大规模。对年营业收入首次突破1亿元的企业，一次性奖励100万元。',
    '二、支持应用场景开放',
    '开展场景示范应用。对开通常态化低空物流航线的企业，每条航线给予20万元补助。',
    '建设起降基础设施。对新建通用机场和垂直起降场的，按投资额的10%给予补助。',
    '三、附则',
    '本措施自印发之日起施行，有效期三年。',
  ];
  const laidOut = parseDocument(LINES.join('\n')).documents[0]!.tasks.map((t) => t.title);

  it('should read the laid-out measures', () => {
    expect(laidOut).toEqual(['鼓励企业总部落户', '支持企业扩大规模', '开展场景示范应用', '建设起降基础设施']);
  });

  for (const join of [' ', '\t', '\u3000']) {
    it(`should read each measure, joined by ${JSON.stringify(join)}`, () => {
      const text = LINES.join(join);
      const doc = parseDocument(text).documents[0]!;
      expect(doc.tasks.map((t) => t.title)).toEqual(laidOut);
      expectExactQuotes(text, doc);
    });
  }

  it('should leave a laid-out paragraph that spaces its sentences whole', () => {
    const line = '（一）加强组织领导。 成立领导小组。由区长任组长，统筹推进各项工作。 强化督查考核。将工作纳入年度考核。';
    expect(pieces(line)).toEqual([line]);
  });
});
