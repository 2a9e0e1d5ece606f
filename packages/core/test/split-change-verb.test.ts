// A change verb before the measure and 至 after it (压缩企业开办时间至1个工作日以内), as business-environment and service
// plans write their limits: the measure is what stands between, as it is before 压缩至 (开办时间压缩至…). Crafted probe d04
// of hC (/work/adv/hC/FINDINGS.md).
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const targets = (text: string): string[] =>
  (parseDocument(text, { file: 'split-change-verb.txt' }).documents[0]?.targets ?? []).map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''}`);

describe('a change verb split around the measure', () => {
  it('should name the measure without the verb and 至', () => {
    const text = outdent`
      某市2025年优化营商环境工作要点

      一、重点任务
      （一）提升效率。压缩企业开办时间至1个工作日以内，缩短工程建设项目审批时间至30个工作日，提高农村自来水普及率至92%，降低企业物流成本到8%以下。
    `;
    expect(targets(text)).toEqual(['企业开办时间 <= 1个工作日', '工程建设项目审批时间 = 30个工作日', '农村自来水普及率 = 92%', '企业物流成本 <= 8%']);
  });
});
