// A legal database's export opens with labelled fields and a link (【法宝引证码】 CLI.12.…, 原文链接：https://…) above the
// document; in a hard-wrapped (PDF) text they must stay lines of their own, not run on into the title below them.
import { describe, expect, it } from 'vitest';
import { joinHardWraps } from '../src/parse/hard-wrap.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';

// A plan hard-wrapped at 26 characters, as a PDF's text gives it.
const WRAPPED = [
  '某市“十四五”智能制造发展规划',
  '一、总体要求',
  '（一）指导思想。以习近平新时代中国特色社会主',
  '义思想为指导，立足新发展阶段，完整准确全面贯',
  '彻新发展理念，构建新发展格局，推动高质量发展',
  '，加快建设制造强市。',
  '二、重点任务',
  '（二）加快系统创新。聚焦设计、生产、管理、服',
  '务等环节，突破一批关键核心技术，到2025年，建',
  '成智能制造示范工厂50个以上，培育系统解决方案',
  '供应商30家以上，带动全市制造业数字化转型。',
  '（三）深化推广应用。开展场景化、体系化推广，',
  '推动龙头企业引领带动中小企业智能化改造升级，',
  '规模以上制造业企业智能制造能力成熟度达到二级',
  '及以上的比例超过50%，形成一批可复制的经验。',
].join('\n');

const HEADER = '    【法宝引证码】 CLI.12.1234567\n原文链接：https://www.pkulaw.com/lar/0123456789abcdef0123456789abcdefbdfb.html\n';

describe('a database header above a hard-wrapped plan', () => {
  it('should keep the header lines apart from the title', () => {
    const lines = joinHardWraps(linesFromText(HEADER + WRAPPED)).map((l) => l.text.trim());
    expect(lines.slice(0, 3)).toEqual(['【法宝引证码】 CLI.12.1234567', '原文链接：https://www.pkulaw.com/lar/0123456789abcdef0123456789abcdefbdfb.html', '某市“十四五”智能制造发展规划']);
  });

  it('should read the plan under it as without it', () => {
    const text = HEADER + WRAPPED;
    const doc = parseDocument(text, { file: 'export.txt' }).documents[0];
    const plain = parseDocument(WRAPPED, { file: 'plain.txt' }).documents[0];
    expect(doc?.title).toBe('某市“十四五”智能制造发展规划');
    expect(doc?.period).toEqual({ start: 2021, end: 2025 });
    expect(doc?.tasks.map((t) => t.title)).toEqual(plain?.tasks.map((t) => t.title));
    expect(doc?.targets.map((t) => t.value)).toEqual(plain?.targets.map((t) => t.value));
    if (doc) expectExactQuotes(text, doc);
  });

  it('should take no title from the header when the plan has none', () => {
    const body = '为加快推进全市智能制造发展，结合本市实际，制定本方案。\n一、重点任务\n（一）建设示范工厂。到2025年，建成智能制造示范工厂50个以上。\n（二）培育服务商。培育系统解决方案供应商30家以上。\n';
    const doc = parseDocument(HEADER + body, { file: 'untitled.txt' }).documents[0];
    expect(doc?.tasks.length).toBe(2);
    expect(doc?.title).toBeNull();
  });

  it('should still join a wrapped line that holds an address inside its sentence', () => {
    const text = `${WRAPPED}\n（四）完善服务平台。依托网站https://a.cn/统一受\n理企业申请，推动高频事项全程网办，实现一次\n办好，持续提升智能制造公共服务的便利度。`;
    const lines = joinHardWraps(linesFromText(text)).map((l) => l.text);
    expect(lines.at(-1)).toBe('（四）完善服务平台。依托网站https://a.cn/统一受理企业申请，推动高频事项全程网办，实现一次办好，持续提升智能制造公共服务的便利度。');
  });
});
