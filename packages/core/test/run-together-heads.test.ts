// Heads whose parts ran together: joint issuers with no space or 、 between their names (a joint notice's title, a
// signature over two lines flattened), a red header with its number and signer before the title, a draft's status set
// above its title. General to 公文 as GB/T 9704 lays them out, and to copies that lost the layout.
import { describe, expect, it } from 'vitest';
import { splitRunTogetherIssuers } from '../src/parse/issuer.js';
import { onlyPlan, quoted } from './helpers.js';
import { forms, PLAN_BODY } from './crafted-heads.js';



describe('joint issuers run together', () => {
  it('should part the names where an issuer of the same place begins', () => {
    expect(splitRunTogetherIssuers('泰州市发展和改革委员会泰州市财政局')).toEqual(['泰州市发展和改革委员会', '泰州市财政局']);
    expect(splitRunTogetherIssuers('中共舟山市委办公室舟山市人民政府办公室')).toEqual(['中共舟山市委办公室', '舟山市人民政府办公室']);
    expect(splitRunTogetherIssuers('市发展改革委市工业和信息化局市财政局')).toEqual(['市发展改革委', '市工业和信息化局', '市财政局']);
    expect(splitRunTogetherIssuers('国家发展改革委国家能源局')).toEqual(['国家发展改革委', '国家能源局']);
  });

  it('should not part one body’s name', () => {
    for (const name of ['上海市浦东新区人民政府', '市市场监督管理局', '中共某市委办公室', '某市人民政府办公室', '国家发展和改革委员会', '某县人民政府某某街道办事处']) {
      expect(splitRunTogetherIssuers(name)).toEqual([name]);
    }
  });

  it('should list the issuers of a notice signed so, laid out or flattened, quoting the signature as written', () => {
    const lines = [
      '泰州市发展和改革委员会泰州市财政局关于印发泰州市节能降碳专项行动方案的通知',
      '泰发改〔2024〕12号',
      '各市（区）发展改革委、财政局：',
      '　　现将《泰州市节能降碳专项行动方案》印发给你们，请认真组织实施。',
      '泰州市发展和改革委员会泰州市财政局',
      '2024年4月8日',
      '泰州市节能降碳专项行动方案',
      ...PLAN_BODY,
    ];
    for (const text of forms(lines)) {
      const doc = onlyPlan(text);
      expect(doc).toMatchObject({ title: '泰州市节能降碳专项行动方案', issuer: '泰州市发展和改革委员会、泰州市财政局', region: '泰州市', date: '2024-04-08' });
      expect(quoted(text, doc, 'issuer')).toBe('泰州市发展和改革委员会泰州市财政局');
    }
  });

  it('should list a party and government pair signing over two lines, flattened', () => {
    const lines = [
      '中共某某县委办公室　某某县人民政府办公室',
      '关于印发《某某县海洋经济高质量发展实施方案》的通知',
      '各乡镇党委、人民政府，县直属各单位：',
      '　　经县委、县政府同意，现将《某某县海洋经济高质量发展实施方案》印发给你们，请认真贯彻落实。',
      '中共某某县委办公室',
      '某某县人民政府办公室',
      '2024年7月2日',
      '某某县海洋经济高质量发展实施方案',
      ...PLAN_BODY,
    ];
    expect(onlyPlan(lines.join('')).issuer).toBe('中共某某县委办公室、某某县人民政府办公室');
  });
});

describe('a red header before the title, flattened', () => {
  const lines = (signer: string[]): string[] => [
    '丰城市人民政府办公室文件',
    '丰府办字(2024)23号',
    ...signer,
    '丰城市人民政府办公室关于印发丰城市2024年优化营商环境工作要点的通知',
    '各乡镇人民政府、街道办事处，市政府各部门：',
    '　　现将《丰城市2024年优化营商环境工作要点》印发给你们，请认真贯彻执行。',
    '丰城市人民政府办公室',
    '二○二四年三月五日',
    '丰城市2024年优化营商环境工作要点',
    ...PLAN_BODY,
  ];

  it('should read the number, the plan’s title and its date in a circle-zero year, with or without a signer', () => {
    for (const signer of [['签发人：张某某'], []]) {
      for (const text of forms(lines(signer))) {
        expect(onlyPlan(text)).toMatchObject({
          title: '丰城市2024年优化营商环境工作要点',
          issuer: '丰城市人民政府办公室',
          docNumber: '丰府办字(2024)23号',
          date: '2024-03-05',
        });
      }
    }
  });

  it('should not cut a line that names a body’s 文件 in a sentence', () => {
    const text = ['某县2024年优化营商环境工作要点', '为贯彻某县人民政府文件精神，某县人民政府办公室制定本要点。', ...PLAN_BODY].join('');
    expect(onlyPlan(text).title).toBe('某县2024年优化营商环境工作要点');
  });
});

describe('a draft’s status above its title', () => {
  it('should read the status and leave it out of the title, laid out or flattened', () => {
    for (const mark of ['【征求意见稿】', '（送审稿）']) {
      for (const text of forms([mark, '平湖市推进新型工业化三年行动方案（2024—2026年）', ...PLAN_BODY])) {
        const doc = onlyPlan(text);
        expect(doc.title).toBe('平湖市推进新型工业化三年行动方案（2024—2026年）');
        expect(doc.status).toBe(mark === '（送审稿）' ? 'draft' : 'consultation-draft');
        expect(quoted(text, doc, 'status')).toBe(mark);
      }
    }
  });

  it('should not take a line of other words above the title for a status', () => {
    expect(onlyPlan(['附件1', '平湖市推进新型工业化三年行动方案（2024—2026年）', ...PLAN_BODY].join('\n')).status).toBe('final');
  });
});

describe('a notice’s list of attachments, flattened', () => {
  const lines = (note: string[]): string[] => [
    '关于印发《2025年全市数据工作要点》的通知',
    '各区县数据局，市直有关部门：',
    '　　现将《2025年全市数据工作要点》印发给你们，请结合实际抓好落实。',
    ...note,
    '某市数据局',
    '2025年2月28日',
    '附件1',
    '2025年全市数据工作要点',
    ...PLAN_BODY,
  ];

  it('should cut each numbered attachment, the signature and the mark whose number runs into the title’s year', () => {
    for (const note of [['附件：1.2025年全市数据工作要点', '　　　2.2025年全市数据工作重点任务分工表'], ['附件：1．2025年全市数据工作要点', '2．2025年全市数据工作任务清单', '3．2025年全市数据工作推进计划表'], ['附件：2025年全市数据工作要点']]) {
      for (const text of forms(lines(note))) {
        const doc = onlyPlan(text);
        expect(doc).toMatchObject({ title: '2025年全市数据工作要点', issuer: '某市数据局', region: '某市', date: '2025-02-28' });
        expect(doc.tasks.map((t) => t.title)).toContain('加快新型基础设施建设');
      }
    }
  });

  it('should end a further attachment at its last kind word, not at one inside it', () => {
    const text = forms(lines(['附件：1.2025年全市数据工作要点', '2.2025年全市数据工作要点任务分工表']))[1] as string;
    expect(onlyPlan(text)).toMatchObject({ issuer: '某市数据局', date: '2025-02-28' });
  });
});
