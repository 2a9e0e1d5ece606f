// Metadata forms a sixth round of crafted documents found misread: heads as central documents reach sites (a news
// agency's dateline over the title, the date in brackets under it) and signatures dated with slashes, laid out and
// flattened. Each test is a layout of official documents in general, with a look-alike the rule must not take.
import { describe, expect, it } from 'vitest';
import { isDebris } from '../src/parse/debris.js';
import { noticeIssuer } from '../src/parse/issuer.js';
import { onlyPlan, quoted } from './helpers.js';

const BODY = [
  '一、总体要求',
  '　　到2026年，数字乡村建设取得重要进展。',
  '二、重点任务',
  '（一）加快乡村信息基础设施建设。新建5G基站300个。（责任单位：市工业和信息化局）',
  '（二）发展智慧农业。培育智慧农业示范基地20个。（责任单位：市农业农村局）',
];

/** The text laid out, on one line, and on one line with a space for each line break (as quality's flattened forms). */
const forms = (lines: readonly string[]): string[] => [lines.join('\n'), lines.map((l) => l.trim()).join(''), lines.map((l) => l.trim()).join(' ')];

/** What a document of the Central Committee and the State Council reads as. */
const central = (title: string, date: string) => ({ title, issuer: '中共中央、国务院', region: '全国', level: 'national', date });

describe('a central document dated in brackets under its title', () => {
  const head = ['中共中央　国务院关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见', '（2024年1月1日）', '　　推进中国式现代化，必须坚持不懈夯实农业基础。'];

  it('should read the title, the bodies, the region 全国 and the date in every form', () => {
    for (const text of forms([...head, ...BODY])) {
      const doc = onlyPlan(text);
      expect(doc).toMatchObject(central('中共中央　国务院关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见', '2024-01-01'));
    }
    expect(onlyPlan(forms([...head, ...BODY])[0] as string).tasks.map((t) => t.title)).toEqual(['加快乡村信息基础设施建设', '发展智慧农业']);
  });

  it('should read a province’s party and government opinion dated so when flattened', () => {
    const lines = ['中共浙江省委　浙江省人民政府关于加快推进数字乡村建设的实施意见', '（2023年6月8日）', '　　为加快推进数字乡村建设，提出如下意见。', ...BODY];
    const doc = onlyPlan(lines.join(''));
    expect(doc).toMatchObject({ title: '中共浙江省委　浙江省人民政府关于加快推进数字乡村建设的实施意见', region: '浙江省', date: '2023-06-08' });
  });

  it('should not cut a date in brackets inside the preamble’s sentence', () => {
    const text = ['某市人民政府关于加快推进数字乡村建设的实施意见', '　　根据《某省数字乡村建设规划》（2023年5月1日起施行），结合我市实际，提出如下意见。', ...BODY].join('');
    const doc = onlyPlan(text);
    expect(doc.title).toBe('某市人民政府关于加快推进数字乡村建设的实施意见');
    expect(doc.date).toBeNull();
  });
});

describe('a news agency’s dateline over a document’s title', () => {
  const lines = ['新华社北京2月3日电', '中共中央　国务院关于做好2025年全面推进乡村振兴重点工作的意见', '（2025年1月1日）', '　　2025年是“十四五”规划收官之年。', ...BODY];

  it('should leave the dateline out of the title and its place out of the region, laid out or flattened', () => {
    for (const text of forms(lines)) {
      const doc = onlyPlan(text);
      expect(doc).toMatchObject(central('中共中央　国务院关于做好2025年全面推进乡村振兴重点工作的意见', '2025-01-01'));
      expect(quoted(text, doc, 'title')).toBe('中共中央　国务院关于做好2025年全面推进乡村振兴重点工作的意见');
    }
  });

  it('should take a dateline with its reporters for page debris, but not a line that goes on, nor an agency’s name', () => {
    expect(isDebris('新华社北京3月10日电（记者 张三 李四）')).toBe(true);
    expect(isDebris('本报讯')).toBe(true);
    expect(isDebris('新华社北京3月10日电　近日，中共中央办公厅、国务院办公厅印发了意见。')).toBe(false);
    expect(isDebris('新华社记者')).toBe(false);
  });
});

describe('a signature dated with slashes or hyphens, flattened', () => {
  const notice = (date: string): string[] => [
    '成都市锦江区人民政府办公室关于印发锦江区数字经济发展规划（2024-2026年）的通知',
    '锦江府办发〔2024〕7号',
    '各街道办事处，区级各部门：',
    '　　现将《锦江区数字经济发展规划（2024-2026年）》印发给你们，请遵照执行。',
    '成都市锦江区人民政府办公室',
    date,
    '锦江区数字经济发展规划（2024-2026年）',
    ...BODY,
  ];

  it('should cut the signature and the plan’s title apart, and date the plan by it', () => {
    for (const date of ['2024/03/05', '2024-03-05', '2024/3/5']) {
      for (const text of forms(notice(date)).slice(1)) {
        const doc = onlyPlan(text);
        expect(doc).toMatchObject({ title: '锦江区数字经济发展规划（2024-2026年）', issuer: '成都市锦江区人民政府办公室', date: '2024-03-05' });
        expect(doc.period).toEqual({ start: 2024, end: 2026 });
      }
    }
  });

  it('should not take a period written with a hyphen for a date, and end the title before a preamble opening with it', () => {
    const text = ['某区数字经济发展规划（2024-2026年）', '2024-2026年是数字经济加快发展的关键时期，特制定本规划。', ...BODY].join('');
    const doc = onlyPlan(text);
    expect(doc).toMatchObject({ title: '某区数字经济发展规划（2024-2026年）', date: null });
  });
});

describe('a news release of a document: the headline, the dateline, the document’s own title', () => {
  const release = (headline: string): string[] => [
    headline,
    '　　新华社北京3月10日电　近日，中共中央办公厅、国务院办公厅印发了《关于加快公共服务数字化转型的意见》，并发出通知，要求各地区各部门结合实际认真贯彻落实。',
    '　　《关于加快公共服务数字化转型的意见》全文如下。',
    '关于加快公共服务数字化转型的意见',
    ...BODY,
  ];

  it('should read the issuers in the headline and the region they give, laid out or flattened', () => {
    for (const text of forms(release('中共中央办公厅　国务院办公厅印发《关于加快公共服务数字化转型的意见》'))) {
      expect(onlyPlan(text)).toMatchObject({ title: '关于加快公共服务数字化转型的意见', issuer: '中共中央办公厅、国务院办公厅', region: '全国' });
    }
    const province = onlyPlan(forms(release('中共浙江省委办公厅　浙江省人民政府办公厅印发《关于加快公共服务数字化转型的意见》'))[2] as string);
    expect(province).toMatchObject({ issuer: '中共浙江省委办公厅、浙江省人民政府办公厅', region: '浙江省' });
  });

  it('should not read words that name no body, nor a sentence, as the issuers', () => {
    expect(noticeIssuer('全省各地认真组织印发《关于加快公共服务数字化转型的意见》')).toBeNull();
    expect(noticeIssuer('中共中央办公厅　国务院办公厅印发《关于加快公共服务数字化转型的意见》，要求各地认真落实。')).toBeNull();
  });
});
