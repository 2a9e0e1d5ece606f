// Metadata forms a seventh round of crafted documents found misread (/work/adv/hA of that round): districts with an
// everyday name in a title, laid out and flattened. Each test is a naming rule of official documents in general, with a
// look-alike the rule must not take.
import { describe, expect, it } from 'vitest';
import { isDocNumberLine } from '../src/parse/doc-number.js';
import { findRegion } from '../src/region/find-region.js';
import { onlyPlan, quoted } from './helpers.js';

const BODY = [
  '一、工作目标',
  '　　全年新增市场主体1200户。',
  '二、重点任务',
  '（一）深化“一件事一次办”改革。推出集成服务事项30项。（牵头单位：区行政审批服务管理局）',
  '（二）降低企业经营成本。全年为企业减税降费1.2亿元以上。（牵头单位：区税务局）',
];

const forms = (lines: readonly string[]): string[] => [lines.join('\n'), lines.map((l) => l.trim()).join(''), lines.map((l) => l.trim()).join(' ')];

describe('a city’s 城区, 郊区 or 矿区 at the head of its own plan’s title', () => {
  it('should read the district when a year or a five-year period follows its name', () => {
    expect(findRegion('阳泉市郊区2024年优化营商环境工作要点')).toMatchObject({ region: '郊区', parentRegion: '阳泉市', level: 'district' });
    expect(findRegion('铜陵市郊区“十四五”农业农村现代化规划')).toMatchObject({ region: '郊区', parentRegion: '铜陵市', level: 'district' });
    expect(findRegion('阳泉市矿区2025年政务公开工作要点')).toMatchObject({ region: '矿区', parentRegion: '阳泉市' });
    // The urban area's works are dated before the place, and a city with no such district has none.
    expect(findRegion('2024年晋城市城区集中供热改造实施方案')).toMatchObject({ region: '晋城市', level: 'city' });
    expect(findRegion('太原市郊区2024年乡村旅游发展方案')).toMatchObject({ region: '太原市', level: 'city' });
  });

  it('should read the district its issuer names, laid out or flattened', () => {
    const head = (issuer: string, title: string): string[] => [
      `${issuer}关于印发${title}的通知`,
      '各街道办事处、镇人民政府，区直有关单位：',
      `　　现将《${title}》印发给你们，请认真组织实施。`,
      issuer,
      '2024年4月18日',
      title,
      ...BODY,
    ];
    for (const text of forms(head('晋城市城区人民政府办公室', '晋城市城区推进县域商业体系建设实施方案（2024—2026年）'))) {
      const doc = onlyPlan(text);
      expect(doc).toMatchObject({ region: '城区', parentRegion: '晋城市', province: '山西省', level: 'district' });
      expect(quoted(text, doc, 'region')).toBe('城区');
    }
    for (const text of forms(head('铜陵市郊区人民政府办公室', '铜陵市郊区农村道路提升方案'))) {
      expect(onlyPlan(text)).toMatchObject({ region: '郊区', parentRegion: '铜陵市', level: 'district' });
    }
    // An issuer of the city leaves its urban area the city's.
    expect(findRegion('晋城市城区集中供热专项规划', ['晋城市住房和城乡建设局'])).toMatchObject({ region: '晋城市', level: 'city' });
  });
});

describe('a site’s information table flattened to one line, its cells still parted by tabs', () => {
  const plan = (title: string): string[] => [title, ...BODY];
  const flat = (lines: readonly string[]): string => lines.map((l) => l.trim()).join('');

  it('should cut a document number run into the next row’s label at the label, not inside the number', () => {
    const table = ['索引号：\t11140502MB1234567X/2024-00031', '发布机构：\t晋城市城区人民政府办公室', '发文字号：\t城区政办发〔2024〕12号', '标题：\t晋城市城区2024年优化营商环境工作要点'];
    const text = flat([...table, ...plan('晋城市城区2024年优化营商环境工作要点')]);
    expect(onlyPlan(text)).toMatchObject({ docNumber: '城区政办发〔2024〕12号', issuer: '晋城市城区人民政府办公室' });
    const dated = flat(['文号：\t湘政办发〔2024〕8号', '发布日期：\t2024-03-01', '发布机构：\t湖南省人民政府办公厅', ...plan('湖南省2024年数字政府建设工作要点')]);
    expect(onlyPlan(dated)).toMatchObject({ docNumber: '湘政办发〔2024〕8号', date: '2024-03-01' });
  });

  it('should read a label spaced to its cell’s width that the value before runs into (2024-05-11名　　称：)', () => {
    const table = ['索 引 号：\t002493026/2024-45871\t主题分类：\t城乡建设', '发布机构：\t德清县人民政府办公室\t成文日期：\t2024-05-11', '名　　称：\t德清县2024年美丽城镇建设工作要点', '文　　号：\t德政办发〔2024〕21号\t有 效 性：\t有效'];
    for (const text of [flat([...table, ...plan('德清县2024年美丽城镇建设工作要点')]), [...table, ...plan('德清县2024年美丽城镇建设工作要点')].map((l) => l.trim()).join(' ')]) {
      const doc = onlyPlan(text);
      expect(doc).toMatchObject({ title: '德清县2024年美丽城镇建设工作要点', docNumber: '德政办发〔2024〕21号', date: '2024-05-11', indexNumber: '002493026/2024-45871' });
      expect(quoted(text, doc, 'date')).toBe('成文日期：\t2024-05-11');
    }
  });

  it('should take 名称 for the title’s label, and the name the field repeats in the page’s heading', () => {
    const table = ['信息索引号：\t000014349/2024-00215\t发布机构：\t邵阳市人民政府办公室', '名称：\t邵阳市2024年数字经济发展工作要点'];
    // Laid out with no heading of its own, and flattened with the heading repeating the field's name.
    expect(onlyPlan([...table, ...BODY].join('\n'))).toMatchObject({ title: '邵阳市2024年数字经济发展工作要点', kind: 'work-points' });
    const text = flat([...table, ...plan('邵阳市2024年数字经济发展工作要点')]);
    const doc = onlyPlan(text);
    expect(doc).toMatchObject({ title: '邵阳市2024年数字经济发展工作要点', year: 2024, region: '邵阳市' });
    expect(quoted(text, doc, 'title')).toBe('邵阳市2024年数字经济发展工作要点');
    // A name that is not repeated is no title of a field that runs on into the text.
    expect(onlyPlan(flat(['名称：\t邵阳市数字经济', ...BODY])).title).not.toBe('邵阳市数字经济');
  });
});

describe('a legal database’s export flattened to one line (【发布部门】…【发文字号】…)', () => {
  const fields = ['【发布部门】广东省人民政府', '【发文字号】粤府〔2024〕53号', '【发布日期】2024.05.17', '【时效性】现行有效'];
  const notice = ['各地级以上市人民政府，省政府各部门：', '现将《广东省推动低空经济高质量发展行动方案（2024—2026年）》印发给你们，请认真组织实施。', '广东省人民政府', '2024年5月17日'];
  const plan = ['广东省推动低空经济高质量发展行动方案（2024—2026年）', ...BODY];
  const title = '广东省人民政府关于印发广东省推动低空经济高质量发展行动方案（2024—2026年）的通知';

  it('should read each field, the fields first or after the title and a field the reader does not use', () => {
    const heads = [[`【标题】${title}`, ...fields], [title, '【法宝引证码】CLI.13.5234871', ...fields]];
    for (const head of heads) {
      for (const text of forms([...head, ...notice, ...plan]).slice(1)) {
        const doc = onlyPlan(text);
        expect(doc).toMatchObject({ docNumber: '粤府〔2024〕53号', issuer: '广东省人民政府', date: '2024-05-17', period: { start: 2024, end: 2026 } });
        expect(quoted(text, doc, 'docNumber')).toBe('粤府〔2024〕53号');
      }
    }
  });

  it('should not cut a bracket that names no field out of a title or a value', () => {
    const text = forms([`${title}【现行有效】`, ...notice, ...plan])[1] as string;
    expect(onlyPlan(text)).toMatchObject({ docNumber: null, issuer: '广东省人民政府' });
  });
});

describe('a news release’s headline over a plan with no title line of its own (某市印发《…实施方案》)', () => {
  const release = (headline: string, fields: string): string[] => [
    headline,
    fields,
    '　　近日，市人民政府办公室印发方案，提出到2027年，全市设备投资规模较2023年增长25%以上。',
    ...BODY,
  ];

  it('should take the name in 《》 for the title and its kind for the plan’s, laid out or flattened', () => {
    const city = release('宜宾市印发《宜宾市推动大规模设备更新和消费品以旧换新实施方案》', '来源：宜宾市人民政府办公室　发布时间：2024-05-28 10:31');
    for (const text of forms(city)) {
      const doc = onlyPlan(text);
      expect(doc).toMatchObject({ title: '宜宾市推动大规模设备更新和消费品以旧换新实施方案', kind: 'implementation-plan', region: '宜宾市', date: '2024-05-28' });
      expect(quoted(text, doc, 'title')).toBe('宜宾市推动大规模设备更新和消费品以旧换新实施方案');
    }
    const province = release('省政府办公厅印发《湖北省加快发展银发经济行动方案（2024—2027年）》', '发布时间：2024-09-12 09:30　来源：湖北省人民政府办公厅');
    for (const text of forms(province)) {
      expect(onlyPlan(text)).toMatchObject({ title: '湖北省加快发展银发经济行动方案（2024—2027年）', kind: 'action-plan', region: '湖北省', period: { start: 2024, end: 2027 } });
    }
    expect(onlyPlan(release('我市出台《绍兴市促进民营经济高质量发展若干措施》', '来源：绍兴日报').join('\n'))).toMatchObject({ title: '绍兴市促进民营经济高质量发展若干措施', region: '绍兴市' });
    // After a breadcrumb, a space for each of the page's line breaks.
    const crumbs = ['首页 > 政务公开 > 政策文件', ...city].join(' ');
    expect(onlyPlan(crumbs)).toMatchObject({ title: '宜宾市推动大规模设备更新和消费品以旧换新实施方案', region: '宜宾市' });
  });

  it('should keep a headline whose subject names no body or place, or whose document is no plan, as it is', () => {
    const words = onlyPlan(release('全面推进印发《宜宾市推动大规模设备更新和消费品以旧换新实施方案》', '来源：宜宾市人民政府办公室').join('\n'));
    expect(words.title).not.toBe('宜宾市推动大规模设备更新和消费品以旧换新实施方案');
    const notice = onlyPlan(release('宜宾市印发《宜宾市人民政府关于做好春节期间安全生产工作的通知》', '来源：宜宾市人民政府办公室').join('\n'));
    expect(notice.title).not.toBe('宜宾市人民政府关于做好春节期间安全生产工作的通知');
  });
});

describe('an announcement’s number counted by year under its name (某市人民政府公告 / 2024年第3号)', () => {
  const announcement = (name: string, number: string, title: string, signer: string): string[] => [
    name,
    number,
    title,
    '根据有关规定，结合我市实际，制定本计划。',
    ...BODY,
    signer,
    '2024年3月20日',
  ];

  it('should read the number as the document’s, never as the head of its title, laid out or flattened', () => {
    const cases: Array<[string[], string, string]> = [
      [announcement('海口市人民政府公告', '2024年第3号', '海口市2024至2026年城市道路建设计划', '海口市人民政府'), '2024年第3号', '海口市2024至2026年城市道路建设计划'],
      [announcement('漳州市自然资源局公告', '（2024年第5号）', '漳州市2024年度国有建设用地供应计划', '漳州市自然资源局'), '2024年第5号', '漳州市2024年度国有建设用地供应计划'],
      [announcement('某县人民政府公告', '〔2025〕第2号', '某县2025年重点项目建设计划', '某县人民政府'), '〔2025〕第2号', '某县2025年重点项目建设计划'],
    ];
    for (const [lines, number, title] of cases) {
      for (const text of forms(lines)) {
        const doc = onlyPlan(text);
        expect(doc).toMatchObject({ title, docNumber: number });
        expect(quoted(text, doc, 'docNumber')).toBe(number);
      }
    }
  });

  it('should not read a count or a sentence as such a number', () => {
    expect(isDocNumberLine('2024年第3号')).toBe(true);
    expect(isDocNumberLine('（2024年第3号）')).toBe(true);
    expect(isDocNumberLine('第3号')).toBe(false);
    expect(isDocNumberLine('（2024年第3号')).toBe(false);
    expect(isDocNumberLine('2024年第3号文件')).toBe(false);
    expect(isDocNumberLine('2024年第3号台风')).toBe(false);
  });
});

describe('a notice copied without its title: the addressees first (各乡镇人民政府…：)', () => {
  const body = ['　　为持续改善农村人居环境，结合本地实际，制定本方案。', ...BODY];

  it('should name the plan by the sentence that hands it over, laid out or flattened', () => {
    const notice = ['各乡镇人民政府、街道办事处，市政府各部门：', '　　现将《丰城市2024年农村人居环境整治提升工作方案》印发给你们，请认真抓好落实。', '丰城市人民政府办公室', '2024年3月6日'];
    for (const text of forms([...notice, ...body])) {
      const doc = onlyPlan(text);
      expect(doc).toMatchObject({ title: '丰城市2024年农村人居环境整治提升工作方案', kind: 'implementation-plan', year: 2024, region: '丰城市' });
      expect(doc.provenance.title?.from).toBe('derived');
      expect(quoted(text, doc, 'title')).toBe('丰城市2024年农村人居环境整治提升工作方案');
    }
    const approved = ['各县（市、区）人民政府，市直各单位：', '　　《遂宁市2025年数字经济发展工作要点》已经市政府同意，现印发给你们，请结合实际认真贯彻执行。', '遂宁市人民政府办公室', '2025年3月6日'];
    expect(onlyPlan([...approved, ...body].join('\n'))).toMatchObject({ title: '遂宁市2025年数字经济发展工作要点', kind: 'work-points' });
  });

  it('should read a text addressed to units that names itself as the plan it is', () => {
    const text = ['各县（区）人民政府，市直各有关部门：', ...body, '赤峰市人民政府办公室', '2024年3月12日'].join('\n');
    expect(onlyPlan(text)).toMatchObject({ title: null, kind: 'implementation-plan', issuer: '赤峰市人民政府办公室' });
    // A notice of work that hands nothing over and names no plan stays a notice.
    const notice = ['各县（区）人民政府，市直各有关部门：', '　　为做好春节期间安全生产工作，现就有关事项通知如下：', ...BODY].join('\n');
    expect(onlyPlan(notice).kind).toBe('notice');
  });
});

describe('a policy library’s information table flattened to one line, its labels spaced by runs of spaces', () => {
  const table = ['索  引  号：000014349/2024-00321', '主题分类：国民经济管理、国有资产监管', '公开方式：主动公开', '发文机关：西藏自治区人民政府', '成文日期：二〇二四年六月十日', '发文字号：藏政发〔2024〕12号', '标      题：西藏自治区2024年重点工作推进方案'];

  it('should read the index number run into a label the reader does not use, and the rest', () => {
    for (const text of forms([...table, '西藏自治区2024年重点工作推进方案', ...BODY]).slice(1)) {
      const doc = onlyPlan(text);
      expect(doc).toMatchObject({ indexNumber: '000014349/2024-00321', docNumber: '藏政发〔2024〕12号', issuer: '西藏自治区人民政府', date: '2024-06-10' });
      expect(quoted(text, doc, 'indexNumber')).toBe('000014349/2024-00321');
    }
    const spaced = ['信息索引号：11450100MB1503456P/2024-00118', '有  效  性：有效', '发布机构：南宁市人民政府办公室', '生成日期：2024-07-15', '标      题：南宁市2024年低空经济发展工作要点'];
    for (const text of forms([...spaced, '南宁市2024年低空经济发展工作要点', ...BODY]).slice(1)) {
      expect(onlyPlan(text)).toMatchObject({ indexNumber: '11450100MB1503456P/2024-00118', issuer: '南宁市人民政府办公室', date: '2024-07-15' });
    }
  });

  it('should cut at a known label a longer unknown one ends in (…〔2025〕11号成文日期：)', () => {
    const text = ['发文字号：某政办发〔2025〕11号', '成文日期：2025-03-05', '某区2025年数字经济工作要点', ...BODY].join('');
    expect(onlyPlan(text)).toMatchObject({ docNumber: '某政办发〔2025〕11号', date: '2025-03-05' });
  });
});
