// A title that names a place after a verb (支持雄安新区…, 关于支持青岛市建设…) is about that place; the body above it
// that issues the document (河北省人民政府办公厅) is whose it is, as a title naming the issuer's place first says
// (山东省支持青岛市…).
import { describe, expect, it } from 'vitest';
import { onlyPlan } from './helpers.js';
import { PLAN_BODY } from './crafted-heads.js';

const signed = (title: string, issuer: string): string => [title, '　　为推动高质量发展，制定本方案。', ...PLAN_BODY, issuer, '2024年3月5日'].join('\n');

describe('a place named after a verb in a title, issued by a body above it', () => {
  it('should place the document where its issuer is', () => {
    expect(onlyPlan(signed('支持雄安新区高质量发展若干措施', '河北省人民政府办公厅'))).toMatchObject({ region: '河北省', level: 'province' });
    expect(onlyPlan(signed('关于支持青岛市建设现代海洋城市的实施方案', '山东省人民政府'))).toMatchObject({ region: '山东省', level: 'province' });
  });

  it('should keep the place a title opens with, and one its issuer does not hold', () => {
    expect(onlyPlan(signed('深圳市前海深港现代服务业合作区建设实施方案', '广东省人民政府办公厅'))).toMatchObject({ region: '深圳市' });
    expect(onlyPlan(signed('2025年青浦区数字化转型工作方案', '上海市青浦区人民政府办公室'))).toMatchObject({ region: '青浦区' });
    expect(onlyPlan(signed('支持雄安新区高质量发展若干措施', '北京市人民政府办公厅'))).toMatchObject({ region: '雄安新区' });
  });
});
