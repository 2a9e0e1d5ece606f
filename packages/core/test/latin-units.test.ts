// Measure words written in Latin letters or in full by sector plans: a network's bandwidth in Tbps, lengths and areas
// in km and km², and port throughput in 标准箱 (TEU) beside 标箱.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
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
