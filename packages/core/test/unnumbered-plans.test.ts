// Plans whose items carry no numbers, each paragraph opened by its heading as a sentence of its own (加快公共数据归集
// 共享。依托…): a 通知 that assigns the work itself (关于做好…工作的通知) set out so, with its issuer and date signed below,
// and a body copied without its title line (为…，制定以下措施。 then the led paragraphs). Both gave no plan at all.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const read = (text: string) => {
  const result = parseDocument(text, { file: 'unnumbered.txt' });
  const doc = result.documents[0];
  if (doc) expectExactQuotes(text, doc);
  return { doc, noPlan: result.issues.some((i) => i.code === 'no-structure') };
};

const DISTRICT_NOTICE = outdent`
  关于做好2024年全区数据资源工作的通知

  各街道办事处，区政府各部门：
  为深入贯彻落实市委、市政府关于数字化转型的部署，现就做好2024年全区数据资源工作通知如下。
  加快公共数据归集共享。依托区大数据资源平台，全面归集各部门公共数据，年底前数据共享率达到95%以上。
  推进公共数据开放利用。制定公共数据开放目录，新增开放数据集50个以上。
  强化数据安全保障。建立数据分类分级保护制度，开展数据安全检查不少于2次。
  某某区人民政府办公室
  2024年3月5日
`;

const COUNTY_NOTICE = outdent`
  关于进一步加强农村人居环境整治工作的通知
  各乡镇人民政府，县直各有关单位：
  现就进一步加强全县农村人居环境整治工作通知如下：
  扎实推进农村厕所革命。新改建农村户用卫生厕所3000户以上。（县农业农村局牵头）
  加快农村生活污水治理。农村生活污水治理率达到40%。（县生态环境局牵头）
  请各单位结合实际抓好落实。
  某县人民政府办公室
  2023年4月20日
`;

const UNTITLED_BODY = outdent`
  为深入贯彻落实省委、省政府关于数字政府建设的决策部署，加快推进全市政务服务标准化、规范化、便利化，结合我市实际，制定以下措施。
  全面推行政务服务事项清单管理。编制全市统一的政务服务事项清单，2024年底前市县两级事项标准化率达到100%。（市政务服务管理局牵头）
  深化“一网通办”改革。推动高频事项“掌上办”，网上可办率达到98%以上。（市政务服务管理局、市大数据局负责）
  加强政务数据共享应用。建立数据共享需求清单，全年新增共享接口200个以上。（市大数据局牵头，各县区配合）
`;

describe('plans whose items are paragraphs opened by their headings, with no numbers', () => {
  it.each([
    ['a district’s', DISTRICT_NOTICE, ['加快公共数据归集共享', '推进公共数据开放利用', '强化数据安全保障'], '2024-03-05'],
    ['a county’s', COUNTY_NOTICE, ['扎实推进农村厕所革命', '加快农村生活污水治理'], '2023-04-20'],
  ])('should read %s notice that assigns the work, signed below, as the plan of its file', (_, text, tasks, date) => {
    const { doc, noPlan } = read(text);
    expect(noPlan).toBe(false);
    expect(doc?.tasks.map((t) => t.title)).toEqual(tasks);
    expect(doc?.date).toBe(date);
    expect(doc?.targets.length).toBeGreaterThanOrEqual(2);
  });

  it('should read a body copied without its title as a plan of its led paragraphs', () => {
    const { doc, noPlan } = read(UNTITLED_BODY);
    expect(noPlan).toBe(false);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['全面推行政务服务事项清单管理', '深化“一网通办”改革', '加强政务数据共享应用']);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['市政务服务管理局'], ['市政务服务管理局', '市大数据局'], ['市大数据局']]);
  });

  it('should find no plan in an untitled text of two led paragraphs, or of prose', () => {
    expect(read(UNTITLED_BODY.split('\n').slice(0, 3).join('\n')).noPlan).toBe(true);
    expect(read(outdent`
      近日，某市召开数字政府建设推进会。会议指出，要加快推进政务服务标准化。
      会议强调，各部门要提高站位，狠抓落实。
      市政府有关负责同志出席会议。
    `).noPlan).toBe(true);
  });
});
