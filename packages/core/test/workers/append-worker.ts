// A separate process that records observations, for the concurrency and crash tests.
// Usage: node --import tsx append-worker.ts <store> <label> <count|forever>
import { appendEntries } from '../../src/track/store.js';

const [dir = '', label = 'w', count = '1'] = process.argv.slice(2);
const entry = (k: number) => ({
  type: 'observation' as const,
  id: `ob-${label}-${k}`,
  target: 'x:tg1',
  docId: 'x',
  metric: '算力总规模',
  value: k,
  unit: 'P',
  date: '2025-06-30',
  role: 'observation' as const,
  source: null,
  note: `${label} ${k} ${'填充'.repeat(200)}`,
  recordedBy: label,
  recordedAt: new Date().toISOString(),
  supersedes: null,
});
if (count === 'forever') for (let k = 0; ; k++) appendEntries(dir, [entry(k)]);
else for (let k = 0; k < Number(count); k++) appendEntries(dir, [entry(k)]);
