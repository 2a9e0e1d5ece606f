// Metadata forms a fifth round of crafted documents found misread. Each test is a layout of official documents in
// general, with a look-alike the rule must not take.
import { describe, expect, it } from 'vitest';
import { noticeIssuer } from '../src/parse/issuer.js';
import { onlyPlan, quoted } from './helpers.js';

const BODY = '一、总体要求\n到2027年，数字乡村建设取得重要进展。\n二、重点任务\n（一）加快乡村信息基础设施建设。\n（二）发展智慧农业。\n';

describe('a notice that says 印发 with no 关于 (中共某委办公厅　某政府办公厅印发《…》的通知)', () => {
  it('should read the bodies before 印发 as the issuers, and a national pair as the region 全国', () => {
    const text = `中共中央办公厅　国务院办公厅印发《关于加快推进数字乡村建设的意见》的通知\n各省、自治区、直辖市党委和人民政府：\n　　现将《关于加快推进数字乡村建设的意见》印发给你们，请结合实际认真贯彻落实。\n关于加快推进数字乡村建设的意见\n${BODY}`;
    const doc = onlyPlan(text);
    expect(doc).toMatchObject({ title: '关于加快推进数字乡村建设的意见', issuer: '中共中央办公厅、国务院办公厅', region: '全国' });
  });

  it('should read a province’s pair, with the month under the title as the year', () => {
    const text = `中共浙江省委办公厅 浙江省人民政府办公厅印发《浙江省数字乡村建设实施方案》的通知\n（2023年5月）\n各市、县（市、区）党委和人民政府：\n　　现将《浙江省数字乡村建设实施方案》印发给你们。\n浙江省数字乡村建设实施方案\n${BODY}`;
    const doc = onlyPlan(text);
    expect(doc).toMatchObject({ issuer: '中共浙江省委办公厅、浙江省人民政府办公厅', region: '浙江省', year: 2023 });
    expect(quoted(text, doc, 'issuer')).toBe('中共浙江省委办公厅 浙江省人民政府办公厅');
  });

  it('should not read words before 印发 that name no body, nor 印发 inside a sentence', () => {
    expect(noticeIssuer('全省各地认真组织印发《数字乡村建设实施方案》的通知')).toBeNull();
    expect(noticeIssuer('中共某某县委办公室　某某县人民政府办公室印发《数字乡村建设实施方案》的通知')).toEqual({ from: 0, to: 20 });
    const sentence = `某某县数字乡村建设实施方案\n${BODY}　　县农业农村局印发《数字乡村建设实施方案》的通知要求各乡镇落实。\n`;
    expect(onlyPlan(sentence).issuer).toBeNull();
  });
});
