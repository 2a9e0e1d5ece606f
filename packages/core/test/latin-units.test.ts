// Measure words written in Latin letters or in full by sector plans: a network's bandwidth in Tbps, lengths and areas
// in km and km², and port throughput in 标准箱 (TEU) beside 标箱.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { sameUnit } from '../src/targets/units.js';
import { expectExactQuotes } from './helpers.js';

describe('targets in Tbps, km, km² and 标准箱', () => {
  it('should read each with its unit, and no length in a speed', () => {
    const text = outdent`
      某市综合交通和信息基础设施三年行动计划（2025—2027年）

      一、发展目标
      到2027年，骨干网出省带宽达到60Tbps，城市轨道交通运营里程达到120km，中心城区建成区面积控制在85km²以内，集装箱吞吐量突破500万标准箱；建成设计时速350km/h的高速铁路。
    `;
    const doc = parseDocument(text, { file: 'latin-units.txt' }).documents[0];
    expect((doc?.targets ?? []).map((t) => `${t.metric} ${t.comparator} ${t.value} ${t.unit} ${t.unitFamily} «${t.quote}»`)).toEqual([
      '骨干网出省带宽 = 60 Tbps bandwidth «骨干网出省带宽达到60Tbps»',
      '城市轨道交通运营里程 = 120 km length «城市轨道交通运营里程达到120km»',
      '中心城区建成区面积 <= 85 km² area «中心城区建成区面积控制在85km²以内»',
      '集装箱吞吐量 > 5000000 标准箱 count «集装箱吞吐量突破500万标准箱»',
    ]);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('Latin units in any letter case', () => {
  it('should read PFlops, EFlops, KW and KWh as the units they spell, quoted as written', () => {
    const text = outdent`
      某区数字基础设施建设实施方案（2025—2027年）

      一、发展目标
      到2027年，全区智能算力规模达到2000PFlops，通用算力规模超过1.5EFlops，新增储能装机容量50KW以上，年节电量达到300万KWh，建成骨干光缆120KM。
    `;
    const doc = parseDocument(text, { file: 'latin-case.txt' }).documents[0];
    expect((doc?.targets ?? []).map((t) => `${t.metric} ${t.comparator} ${t.value} ${t.unit} ${t.unitFamily}`)).toEqual([
      '智能算力规模 = 2000 PFlops compute',
      '通用算力规模 > 1.5 EFlops compute',
      '储能装机容量 >= 50 KW power',
      '年节电量 = 3000000 KWh energy',
      '骨干光缆 = 120 KM length',
    ]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should keep one-letter units and units whose case tells them apart case-sensitive', () => {
    const text = outdent`
      某区数字基础设施建设实施方案（2025—2027年）

      一、发展目标
      到2027年，全区算力规模达到500p，存储容量达到20Gb。
    `;
    const doc = parseDocument(text, { file: 'latin-case.txt' }).documents[0];
    expect(doc?.targets ?? []).toEqual([]);
  });
});

describe('sameUnit', () => {
  it('should hold ％ and %, and a case-free unit in any case, as one unit', () => {
    expect(sameUnit('PFlops', 'PFLOPS')).toBe(true);
    expect(sameUnit('KWh', 'kWh')).toBe(true);
    expect(sameUnit('％', '%')).toBe(true);
    expect(sameUnit('GB', 'Gb')).toBe(false);
    expect(sameUnit('P', 'p')).toBe(false);
    expect(sameUnit('万元', '元')).toBe(false);
    expect(sameUnit(null, '%')).toBe(false);
  });
});
