// A city bureau's notice that names no place but 全市 and 市…局, numbered with a one-letter prefix that is also a
// province's (苏州's 苏工信 beside 江苏's 苏政发): the province is not its region.
import { describe, expect, it } from 'vitest';
import { onlyPlan } from './helpers.js';

describe('a city bureau’s notice naming no place, numbered with a letter a province shares', () => {
  const notice = (title: string, number: string, issuer: string, body: readonly string[]): string[] => [
    `关于印发${title}的通知`,
    number,
    '各有关单位：',
    `　　现将《${title}》印发给你们，请认真贯彻落实。`,
    issuer,
    '2024年2月5日',
    title,
    ...body,
  ];
  const cityBody = ['　　一、总体要求', '　　2024年，我市工业和信息化工作要以苏州市制造业智能化改造和数字化转型为主线。', '　　二、重点任务', '　　（一）推进智能化改造。全市完成智改数转项目1000个。（责任单位：市工业和信息化局）'];

  it('should not take the province of the prefix for a document that speaks as a city', () => {
    const doc = onlyPlan(notice('全市2024年工业和信息化工作要点', '苏工信综〔2024〕3号', '市工业和信息化局', cityBody).join('\n'));
    // Note: the city its body speaks for (我市, 苏州市…), as a plan that names itself nowhere else is placed.
    expect(doc).toMatchObject({ region: '苏州市', level: 'city' });
    const bare = onlyPlan(notice('全市2024年工业和信息化工作要点', '苏工信综〔2024〕3号', '市工业和信息化局', cityBody.slice(2)).join('\n'));
    expect(bare.region).toBeNull();
  });

  it('should still take the province of the prefix for a province’s document, and an autonomous region’s 全区', () => {
    const provinceBody = ['　　一、总体要求', '　　2024年，全省发展改革工作要坚持稳中求进。', '　　二、重点任务', '　　（一）扩大有效投资。（责任单位：省发展改革委）'];
    expect(onlyPlan(notice('全省2024年发展改革工作要点', '鲁发改办〔2024〕12号', '省发展改革委', provinceBody).join('\n'))).toMatchObject({ region: '山东省', level: 'province' });
    const regionBody = ['　　一、总体要求', '　　2024年，全区发展改革工作要坚持稳中求进，全区各市、县（区）要抓好落实。', '　　二、重点任务', '　　（一）扩大有效投资。（责任单位：自治区发展改革委）'];
    expect(onlyPlan(notice('全区2024年发展改革工作要点', '桂发改办〔2024〕12号', '自治区发展改革委', regionBody).join('\n'))).toMatchObject({ region: '广西壮族自治区' });
  });
});
