import { parseDocument } from '@plankb/core';

const text = [
  '2026年某某区数据工作要点',
  '',
  '一、夯实数字底座',
  '（一）建设算力中心。推进区级算力中心建设，年底前完成一期工程。',
  '（三）完善政务网络。提升政务外网带宽。',
  '二、促进数据流通',
  '（一）开放公共数据。发布公共数据开放清单。',
].join('\n');

// Content problems do not throw: they come back as issues, with a code and a position.
const { documents, issues } = parseDocument(text, { file: 'plan.txt' });

const [plan] = documents;
console.log(plan?.title, plan?.tasks.map((t) => `${t.label}${t.title}`));
for (const issue of issues) {
  const at = issue.position ? `${issue.position.start.line}:${issue.position.start.column}` : '';
  console.log(`${issue.file}:${at} ${issue.severity} ${issue.code}: ${issue.message}`);
}
