// Where a plan says which government it is when its title does not: a government work report's subtitle names the
// congress it was given to (在某县第十八届人民代表大会第五次会议上), and a county's or banner's text speaks as one
// (我县, 全县, 各乡镇), as a city's does (我市, 全市).
import { describe, expect, it } from 'vitest';
import { regionFromBody } from '../src/region/body-region.js';
import { parseDocument } from '../src/pipeline/parse-document.js';

describe('the region of a report or a county text', () => {
  it('should read a work report’s region from the congress its subtitle names, quoting it', () => {
    const text = '政府工作报告\n——2025年1月16日在婺源县第十八届人民代表大会第五次会议上\n婺源县人民政府县长  某某\n\n各位代表：\n\n一、2025年工作安排\n（一）做强产业。新增规上企业20家。\n（二）做优文旅。接待游客2500万人次。\n';
    const doc = parseDocument(text, { file: 'report.txt' }).documents[0];
    expect([doc?.region, doc?.level, doc?.province]).toEqual(['婺源县', 'county', '江西省']);
    const at = doc?.provenance.region?.position;
    expect(at && text.slice(at.start.offset, at.end.offset)).toBe('婺源县');
  });

  it('should not take the national congress for a region', () => {
    const text = '政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\n一、2024年工作任务\n（一）扩大国内需求。各地区各部门要抓好落实。\n（二）推进科技创新。我国发展具有良好基础，各省（区、市）要抓好落实。\n';
    expect(parseDocument(text, { file: 'national.txt' }).documents[0]?.region).not.toBe('第十四届');
  });

  it('should read the national congress as the country, whatever the body says', () => {
    // The speaker's line and a body that never says 我国: only the subtitle tells that the State Council reports.
    const text = '政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n国务院总理　某某某\n\n各位代表：\n\n一、2025年工作任务\n（一）大力提振消费。社会消费品零售总额增长5%。\n（二）推进科技创新。研发经费投入增长8%以上。\n';
    const doc = parseDocument(text, { file: 'report.txt' }).documents[0];
    expect([doc?.region, doc?.level]).toEqual(['全国', 'national']);
    const at = doc?.provenance.region?.position;
    expect(at && text.slice(at.start.offset, at.end.offset)).toBe('全国');
  });

  it('should hear a county speak as one, and not take 和县 out of 市政府和县委', () => {
    const text = '我县坚持稳中求进。全县经济持续向好，各乡镇扎实推进项目建设，婺源县旅游接待人数创新高。在市委、市政府和县委的坚强领导下，婺源县全年完成投资100亿元。全县上下共同努力。';
    expect(regionFromBody(text)).toMatchObject({ region: '婺源县', level: 'county' });
  });
});

describe('the issuer of a government work report', () => {
  const report = (subtitle: string, speaker: string, behalf: string): string =>
    ['政府工作报告', subtitle, speaker, '各位代表：', `　　现在，我代表${behalf}，向大会报告工作，请予审议。`, '一、2025年工作安排', '（一）做强产业。新增规上企业20家。', '（二）做优文旅。接待游客2500万人次。'].join('\n');

  it('should read the government its opening sentence speaks for, named with the region the congress gives', () => {
    const county = report('——2025年1月16日在婺源县第十八届人民代表大会第五次会议上', '县长　汪洋', '县人民政府');
    const doc = parseDocument(county, { file: 'county.txt' }).documents[0];
    expect(doc).toMatchObject({ issuer: '婺源县人民政府', region: '婺源县' });
    const at = doc?.provenance.issuer?.position;
    expect([doc?.provenance.issuer?.from, at && county.slice(at.start.offset, at.end.offset)]).toEqual(['derived', '县人民政府']);
    const city = report('——2024年1月10日在南平市第五届人民代表大会第四次会议上', '南平市市长　袁超洪', '市人民政府');
    expect(parseDocument(city, { file: 'city.txt' }).documents[0]?.issuer).toBe('南平市人民政府');
    const region = report('——2025年1月15日在宁夏回族自治区第十三届人民代表大会第四次会议上', '自治区主席　张雨浦', '自治区人民政府');
    expect(parseDocument(region, { file: 'region.txt' }).documents[0]?.issuer).toBe('宁夏回族自治区人民政府');
    const national = report('——2025年3月5日在第十四届全国人民代表大会第三次会议上', '国务院总理　某某某', '国务院');
    expect(parseDocument(national, { file: 'national.txt' }).documents[0]).toMatchObject({ issuer: '国务院', region: '全国' });
  });

  it('should read no issuer from a plan’s text that speaks of a government', () => {
    const text = ['某县2025年营商环境工作要点', '　　我代表县人民政府，向大会报告工作的精神要贯彻落实。', '一、重点任务', '（一）做强产业。新增规上企业20家。', '（二）做优文旅。接待游客2500万人次。'].join('\n');
    expect(parseDocument(text, { file: 'plan.txt' }).documents[0]?.issuer).toBeNull();
  });
});

