// Preloaded (node --import) by bench/run.ts into the processes it times: at exit, writes the
// process's own CPU time and peak memory to stderr, as one JSON line behind a marker.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const cpu = process.cpuUsage();
  const line = { cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 };
  writeSync(2, `\n@@plankb-bench ${JSON.stringify(line)}\n`);
});
