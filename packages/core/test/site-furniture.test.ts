// What a government site prints around a plan: navigation bar, credits and registration numbers in the footer. A
// footer's 主办单位：… 承办单位：… is the site's credit, not a duty of the plan's last task.
import { describe, expect, it } from 'vitest';
import { isDebris } from '../src/parse/debris.js';
import { parseDocument } from '../src/pipeline/parse-document.js';

describe('a government site around a plan', () => {
  const page = [
    '网站首页 | 政务公开 | 政务服务 | 互动交流',
    '当前位置：首页 > 政务公开 > 政策文件',
    '某某市2024年数据工作要点',
    '发布时间：2024-03-08 10:21  来源：市数据局',
    '一、建设平台。完成平台二期建设。（责任单位：市数据局）',
    '二、开放数据。开放数据集200个。（责任单位：市数据局）',
    '扫一扫在手机打开当前页',
    '相关附件：',
    '主办单位：某某市人民政府办公室  承办单位：某某市大数据中心',
    '网站标识码：3301000001  浙ICP备12345678号  浙公网安备 33010002000001号',
    '',
  ].join('\n');

  it('should give the plan its own duties only, and no cut-off warning for the footer', () => {
    const result = parseDocument(page, { file: 'page.txt' });
    const doc = result.documents[0];
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['市数据局'], ['市数据局']]);
    expect(result.issues.map((i) => i.code)).not.toContain('truncated');
  });

  it.each(['网站标识码：3301000001', '版权所有：某某市人民政府  技术支持：某某公司', 'Copyright © 2024 某某市人民政府', '网站地图 | 联系我们', '主办：某某区人民政府  维护：某某区大数据中心', '【我要纠错】 责任编辑：王某', '【我要纠错】责任编辑：张晓明', '第一批工作任务清单.xlsx（23.5KB）'])(
    'should read %s as page furniture',
    (line) => {
      expect(isDebris(line)).toBe(true);
    },
  );

  it.each(['主办单位：市数据局；协办单位：市财政局', '牵头单位：市数据局', '建立版权保护机制，推进数字版权确权。', '【我要纠错】 责任编辑：王某负责本栏目稿件的审核把关和信息发布工作，确保内容准确无误', '完成第1.0版标准制定'])('should keep %s', (line) => {
    expect(isDebris(line)).toBe(false);
  });
});

// A portal's share bar names the platforms as its links' text (分享到：微信 微博 QQ空间), and its links to the column's
// other articles may have a space after 上一篇 instead of a colon, and a title longer than a control's line.
describe('a share bar and the links to other articles under a plan', () => {
  const plan = [
    '某某新区安全生产专项整治工作方案',
    '一、重点任务',
    '（一）建筑施工安全整治。开展危大工程全覆盖检查。（牵头单位：新区建设局）',
    '（二）城镇燃气安全整治。完成老旧管网改造80公里。（牵头单位：新区建设局）',
    '某某新区管理委员会',
    '2024年6月12日',
  ];

  it('should end the plan at its date, with no cut-off warning', () => {
    const trailer = ['分享到：微信 微博 QQ空间', '上一篇 某某新区管理委员会关于印发某某新区防汛应急预案和城市内涝应急处置工作方案的通知', '下一篇 某某新区管理委员会关于做好2024年汛期安全工作的通知'];
    const result = parseDocument([...plan, ...trailer, ''].join('\n'), { file: 'page.txt' });
    const doc = result.documents[0];
    expect(doc?.date).toBe('2024-06-12');
    expect(doc?.issuer).toBe('某某新区管理委员会');
    expect(result.issues.map((i) => i.code)).not.toContain('truncated');
  });

  it.each(['分享到：微信 微博 QQ空间', '【分享到】 微信 朋友圈 新浪微博', '分享到 QQ好友 QQ空间 豆瓣', '上一篇 某某新区管理委员会关于印发某某新区防汛应急预案和城市内涝应急处置工作方案的通知', '下一篇：没有了'])('should read %s as page furniture', (line) => {
    expect(isDebris(line)).toBe(true);
  });

  it.each(['分享到微信公众号、微博等平台发布政策解读。', '上一篇章已述及的措施继续实施。', '微信 微博 QQ空间'])('should keep %s', (line) => {
    expect(isDebris(line)).toBe(false);
  });
});
