// Self time per function (and per file) from a .cpuprofile, most first: `node bench/profile-top.mjs FILE [N]`.
import { readFileSync } from 'node:fs';

const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const n = Number(process.argv[3] ?? 30);
const byId = new Map(prof.nodes.map((x) => [x.id, x]));
const self = new Map();
const dt = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
const fn = new Map();
const file = new Map();
let total = 0;
for (const [id, us] of self) {
  const cf = byId.get(id).callFrame;
  const where = cf.url.replace(/^.*\/(dist|node_modules)\//, '$1/');
  const key = `${cf.functionName || '(anon)'} ${where}:${cf.lineNumber + 1}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
  file.set(where || cf.functionName, (file.get(where || cf.functionName) ?? 0) + us);
  total += us;
}
const show = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).forEach(([key, us]) => console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`));
console.log(`total ${(total / 1000).toFixed(0)} ms\n-- by file`);
show(file, 20);
console.log('-- by function');
show(fn, n);
