// An article's title on a government site's page, flattened: the site's breadcrumb over it and the page's fields under
// it (来源：…　发布时间：…, 发布日期：…信息来源：…), run into it with a space for each line break or with none.
import { describe, expect, it } from 'vitest';
import { onlyPlan, quoted } from './helpers.js';
import { oneLine, PLAN_BODY, spaceJoined } from './crafted-heads.js';

const PREAMBLE = '　　为加快数字经济发展，结合本市实际，制定本要点。';

describe('a breadcrumb over an article’s title, flattened with a space for each line break', () => {
  const lines = [
    '首页 > 政务公开 > 政策文件',
    '某市2025年数字经济发展工作要点',
    '来源：某市发展和改革委员会　　发布时间：2025-03-12 09:30　　浏览次数：1024',
    PREAMBLE,
    ...PLAN_BODY,
  ];

  it('should read the title after the breadcrumb, and the page’s fields under it', () => {
    const text = spaceJoined(lines);
    const doc = onlyPlan(text);
    expect(doc).toMatchObject({ title: '某市2025年数字经济发展工作要点', kind: 'work-points', year: 2025, date: '2025-03-12', issuer: '某市发展和改革委员会' });
    expect(quoted(text, doc, 'title')).toBe('某市2025年数字经济发展工作要点');
  });

  it('should read the same after a breadcrumb whose title opens the text directly', () => {
    const text = spaceJoined(['首页 > 政务公开 > 政策文件', '某县2024年农业农村工作要点', PREAMBLE, ...PLAN_BODY]);
    expect(onlyPlan(text)).toMatchObject({ title: '某县2024年农业农村工作要点', year: 2024 });
  });

  it('should take no title after a breadcrumb followed by a sentence', () => {
    const text = spaceJoined(['首页 > 政务公开 > 政策文件', '近日，某市召开数字经济发展推进会，研究部署下一步工作。', ...PLAN_BODY]);
    expect(onlyPlan(text).title).toBeNull();
  });
});

describe('an article’s title run into the page’s fields under it, flattened with no space', () => {
  it.each([
    ['发布日期：2024-02-27', '信息来源：某街道办事处'],
    ['来源：某区人民政府办公室', '发布时间：2024年2月27日 10:00'],
  ])('should end the title before the fields (%s)', (first, second) => {
    const text = oneLine(['某区某街道2024年社会治理工作要点', `${first}　${second}`, PREAMBLE, ...PLAN_BODY]);
    const doc = onlyPlan(text);
    expect(doc).toMatchObject({ title: '某区某街道2024年社会治理工作要点', kind: 'work-points', year: 2024, date: '2024-02-27' });
  });

  it('should not end a title at a word of a field’s name inside it (资金来源, 作者权益)', () => {
    const text = oneLine(['某市2024年著作权和作者权益保护工作方案', PREAMBLE, ...PLAN_BODY]);
    expect(onlyPlan(text).title).toBe('某市2024年著作权和作者权益保护工作方案');
    const funds = oneLine(['某县2024年财政资金来源清理工作方案', PREAMBLE, ...PLAN_BODY]);
    expect(onlyPlan(funds).title).toBe('某县2024年财政资金来源清理工作方案');
  });
});

describe('other forms of the page’s info line run into a flattened title', () => {
  it.each([
    '2024-03-15　来源：某县农业农村局　浏览次数：120',
    '时间：2024年03月15日　来源：县政府办',
    '日期：2024-03-15　作者：县农业农村局',
    '发布者：县农业农村局　发布时间：2024-03-15 10:30:00',
    '【字体：大 中 小】　发布时间：2024-03-15',
  ])('should end the title before the line (%s)', (info) => {
    const text = oneLine(['某县2024年农村人居环境整治工作方案', info, PREAMBLE, ...PLAN_BODY]);
    expect(onlyPlan(text)).toMatchObject({ title: '某县2024年农村人居环境整治工作方案', region: '某县', year: 2024, date: '2024-03-15' });
  });

  it('should keep a title whose period follows its kind word, and a date that is no day (2024-2026)', () => {
    const text = oneLine(['某县数字乡村建设行动方案2024-2026年', PREAMBLE, ...PLAN_BODY]);
    expect(onlyPlan(text).title).not.toBe('某县数字乡村建设行动方案');
  });
});

describe('a page’s buttons on its info line', () => {
  it('should read the date after the font-size buttons (【字体：大 中 小】发布时间：…)', () => {
    const text = ['某县2024年农村人居环境整治工作方案', '【字体：大 中 小】发布时间：2024-03-15', PREAMBLE, ...PLAN_BODY].join('\n');
    expect(onlyPlan(text).date).toBe('2024-03-15');
    expect(quoted(text, onlyPlan(text), 'date')).toBe('发布时间：2024-03-15');
  });

  it('should not read a bracketed field that is no button as parting the line (【发布日期】 of a database export)', () => {
    const text = ['【标题】某县2024年农村人居环境整治工作方案', '【发布日期】2024.03.15', PREAMBLE, ...PLAN_BODY].join('\n');
    expect(onlyPlan(text).date).toBe('2024-03-15');
  });
});

describe('a breadcrumb labelled, or run into the title with no space', () => {
  const page = (crumbs: string, title: string): string[] => [crumbs, title, '发布时间：2024-04-12 09:15　来源：某区人民政府办公室', PREAMBLE, ...PLAN_BODY];

  it('should read the title after a labelled breadcrumb (当前位置：首页 > …), space-joined and on one line', () => {
    for (const text of [spaceJoined(page('当前位置：首页 > 信息公开 > 政策文件', '淄博市张店区2024年农村人居环境整治提升工作方案')), oneLine(page('当前位置：首页 > 信息公开 > 区政府办文件', '淄博市张店区2024年农村人居环境整治提升工作方案'))]) {
      const doc = onlyPlan(text);
      expect(doc).toMatchObject({ title: '淄博市张店区2024年农村人居环境整治提升工作方案', region: '张店区', year: 2024, date: '2024-04-12' });
      expect(quoted(text, doc, 'title')).toBe('淄博市张店区2024年农村人居环境整治提升工作方案');
    }
  });

  it('should find where the last step ends by the title’s year, place or 关于, or a release’s headline', () => {
    expect(onlyPlan(oneLine(page('首页>政务公开>政策文件', '大同市2025年数字经济发展工作要点'))).title).toBe('大同市2025年数字经济发展工作要点');
    expect(onlyPlan(oneLine(page('首页>政务公开>通知公告', '2025年全县安全生产工作要点'))).title).toBe('2025年全县安全生产工作要点');
    const release = onlyPlan(oneLine(page('首页 > 政务公开 > 政策文件', '宜宾市印发《宜宾市推动大规模设备更新和消费品以旧换新实施方案》')));
    expect(release.title).toBe('宜宾市推动大规模设备更新和消费品以旧换新实施方案');
  });

  it('should take no title after a breadcrumb run into a sentence', () => {
    expect(onlyPlan(oneLine(['首页>新闻中心>图片新闻近日，某市召开数字经济发展推进会，研究部署下一步工作。', ...PLAN_BODY])).title).toBeNull();
  });
});

describe('a saved page headed by its <title>, the site’s name after an underscore', () => {
  const lines = [
    '某市2025年优化营商环境工作要点_某市人民政府门户网站',
    '网站首页 | 政务公开 | 政务服务 | 互动交流',
    '某市2025年优化营商环境工作要点',
    '信息来源：市营商办　　发布日期：2025-03-20　　【字体：大 中 小】',
    PREAMBLE,
    ...PLAN_BODY,
  ];

  it.each([
    ['one line', oneLine(lines)],
    ['a space for each break', spaceJoined(lines)],
  ])('should read the title before the underscore (%s)', (_, text) => {
    expect(onlyPlan(text)).toMatchObject({ title: '某市2025年优化营商环境工作要点', kind: 'work-points', year: 2025, date: '2025-03-20' });
  });
});

describe('an information table, or a share bar, under the title, flattened with no space', () => {
  it('should end the title before the table’s first label (索引号：…发文字号：…)', () => {
    const lines = ['某市某区2024年农村人居环境整治提升工作方案', '索引号：\t000014349/2024-00415', '发文字号：\t某府办发〔2024〕11号', '主题分类：\t农业、林业、水利', '成文日期：\t2024-04-18', PREAMBLE, ...PLAN_BODY];
    const doc = onlyPlan(oneLine(lines));
    expect(doc).toMatchObject({ title: '某市某区2024年农村人居环境整治提升工作方案', docNumber: '某府办发〔2024〕11号', date: '2024-04-18', year: 2024 });
  });

  it('should end the title before a share bar (分享到：)', () => {
    const text = oneLine(['某市2024年新能源汽车产业发展工作要点', '分享到：', '发布时间：2024-03-22　来源：某市工业和信息化局', PREAMBLE, ...PLAN_BODY]);
    expect(onlyPlan(text)).toMatchObject({ title: '某市2024年新能源汽车产业发展工作要点', year: 2024, date: '2024-03-22' });
  });

  it('should keep a title naming a number’s or a classification’s work (文号管理, 分类指导)', () => {
    expect(onlyPlan(oneLine(['某县2024年公文文号管理规范化工作方案', PREAMBLE, ...PLAN_BODY])).title).toBe('某县2024年公文文号管理规范化工作方案');
  });
});

describe('a notice’s title run into the page’s fields under it, flattened with no space', () => {
  const notice = (fields: string): string[] => [
    '关于印发2025年全县政务公开工作要点的通知',
    fields,
    '各乡镇人民政府，县政府各部门：',
    '　　现将《2025年全县政务公开工作要点》印发给你们，请认真抓好落实。',
    '某县人民政府办公室',
    '2025年4月2日',
    '2025年全县政务公开工作要点',
    ...PLAN_BODY,
  ];

  it('should read the number of the information table between the title and the addressee', () => {
    const text = oneLine(notice('索引号：11340422MB123/2025-00012发文字号：某政办〔2025〕8号'));
    const doc = onlyPlan(text);
    expect(doc).toMatchObject({ title: '2025年全县政务公开工作要点', docNumber: '某政办〔2025〕8号', indexNumber: '11340422MB123/2025-00012', date: '2025-04-02' });
    expect(quoted(text, doc, 'docNumber')).toBe('某政办〔2025〕8号');
  });

  it('should read the notice as before when the page’s fields hold no number', () => {
    const doc = onlyPlan(oneLine(notice('发布时间：2025-04-03来源：县政府办公室')));
    expect(doc).toMatchObject({ title: '2025年全县政务公开工作要点', docNumber: null, date: '2025-04-02' });
  });
});

describe('a page’s lines joined by tabs: the fields above the title, then the title', () => {
  const lines = ['信息来源：某区发展和改革委员会　发布日期：2024-04-22', '某市某区2024年重点工程计划', '　　为深入推进高质量发展，区政府确定2024年重点工程项目180项。', ...PLAN_BODY];

  it('should read the title after the date field and its tab', () => {
    const doc = onlyPlan(lines.map((l) => l.trim()).join('\t'));
    expect(doc).toMatchObject({ title: '某市某区2024年重点工程计划', year: 2024, date: '2024-04-22' });
  });

  it('should still read a table’s next field after a tab as the table’s (成文日期：…\\t发布日期：…)', () => {
    const text = ['成文日期：2024-04-20\t发布日期：2024-04-22', '某市某区2024年重点工程计划', '　　为深入推进高质量发展，制定本计划。', ...PLAN_BODY].join('\n');
    expect(onlyPlan(text)).toMatchObject({ title: '某市某区2024年重点工程计划', date: '2024-04-20' });
  });
});
