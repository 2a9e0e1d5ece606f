// A plan with no chapters, numbered 1. or 1、 from its first item, flattened to one line: its title runs straight into
// that item (crafted 任务分工方案 of a city and 工作要点 of a district, parser reach, round 9, helper r9-structure).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function parseOne(text: string) {
  const doc = parseDocument(text, { file: 'flat.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc;
}

describe('a title run into its plan\'s first item 1.', () => {
  it('should end the title before 1. with a duty bracket after each item', () => {
    const doc = parseOne(
      '某市推进制造业数字化转型任务分工方案1.实施智能制造试点示范。每年认定市级智能工厂20个。（责任单位：市工信局；完成时限：2025年12月底）2.加强5G网络建设。新建5G基站1500个。（责任单位：市通信发展办）',
    );
    expect(doc?.title).toBe('某市推进制造业数字化转型任务分工方案');
    expect(doc?.tasks.map((t) => t.title)).toEqual(['实施智能制造试点示范', '加强5G网络建设']);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['市工信局'], ['市通信发展办']]);
  });

  it('should end it before 1、 with no duty', () => {
    const doc = parseOne('某区2025年农村人居环境整治工作要点1、持续推进农村厕所革命。全年完成问题厕所整改500户。2、加强农村生活垃圾治理。健全收运处置体系。3、推进农村生活污水治理。新增治理村庄20个。');
    expect(doc?.title).toBe('某区2025年农村人居环境整治工作要点');
    expect(doc?.tasks.map((t) => t.title)).toEqual(['持续推进农村厕所革命', '加强农村生活垃圾治理', '推进农村生活污水治理']);
  });

  it('should not take a number that is no item for the title\'s end', () => {
    const doc = parseOne('某区春耕生产工作方案1、2月份完成农资储备。3月份全面开展春耕。');
    expect(doc?.title).not.toBe('某区春耕生产工作方案');
  });
});
