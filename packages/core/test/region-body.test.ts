import { describe, expect, it } from 'vitest';
import { bodyLevel, regionFromBody } from '../src/region/body-region.js';

describe('the region a body speaks for', () => {
  it('should read a province plan by its first person and its offices', () => {
    const text = '为加快数字化转型，结合山东实际，制定本方案。一、全省统筹（省大数据局牵头，各市政府配合）。推动我省数字经济发展，全省建成10个平台（省发展改革委、省工业和信息化厅负责）。支持青岛市先行先试。山东特色场景。';
    expect(bodyLevel(text)).toBe('province');
    expect(regionFromBody(text)).toMatchObject({ region: '山东省', level: 'province' });
  });

  it('should read a city plan and not the province it names', () => {
    const text = '结合我市实际，制定本行动计划。深入贯彻对山东、对青岛工作的重要指示。全市算力一张网（责任单位：市工业和信息化局、市大数据局）。来青就业，工赋青岛。全市打造20个园区（责任单位：市科技局）。';
    expect(regionFromBody(text)).toMatchObject({ region: '青岛市', level: 'city', province: '山东省' });
  });

  it('should read a national plan by 我国 and its address to every region', () => {
    const text = '构筑我国人工智能发展的先发优势。我国发展人工智能具有良好基础。各地区要因地制宜，各省（区、市）要抓好落实。东部与中西部地区加强协作。';
    expect(regionFromBody(text)).toMatchObject({ region: '全国', level: 'national' });
  });

  it('should say nothing when the body is not clear', () => {
    expect(regionFromBody('加强组织领导，完善工作机制，营造良好氛围。')).toBeNull();
    // A market is not a city: 全市场 does not speak as a city.
    expect(bodyLevel('推动全市场主体参与，全市场竞争，全市场开放，全市场监管。')).toBeNull();
    // Two cities named as often: no region, though the level is clear.
    expect(regionFromBody('我市与济南市、青岛市合作，全市推进，我市落实。')).toBeNull();
  });
});

describe('a district plan whose district name several places share', () => {
  it('should settle the name by the city the body names', () => {
    const text = '为推进我区数字化转型，结合南京市部署，制定本方案。全区统筹推进（区数据局牵头）。鼓楼区将建成数字孪生城区，我区各街道落实。鼓楼区打造示范（区发展改革委负责）。';
    expect(regionFromBody(text)).toMatchObject({ region: '鼓楼区', parentRegion: '南京市', level: 'district' });
  });
});
