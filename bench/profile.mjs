// The hot path (clean → events) on the built code, for `node --cpu-prof`:
//   npm run build && node --cpu-prof --cpu-prof-dir=.tmp/prof bench/profile.mjs 3000
// then summarise with `node bench/profile-top.mjs .tmp/prof/<file>.cpuprofile`.
// RASD_DIST=path/ profiles another build (before/after a change). Plain JS over dist/ so that the profile shows the shipped code, not tsx's transform.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
const dist = new URL(process.env.RASD_DIST ?? '../dist/', import.meta.url);
const { pageFromInput } = await import(new URL('ingest/index.js', dist).href);
const { extractPage } = await import(new URL('pipeline.js', dist).href);

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const texts = readdirSync(examples).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(examples, f), 'utf8'));
const gold = '/work/shared/gold/articles.jsonl';
if (existsSync(gold)) {
  for (const line of readFileSync(gold, 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
}
const total = Number(process.argv[2] ?? 2000);
extractPage(pageFromInput({ text: texts[0] }, 'warmup'));
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let events = 0;
for (let i = 0; i < total; i++) {
  events += extractPage(pageFromInput({ text: `${texts[i % texts.length]}\n${i}` }, `p:${i}`)).events.length;
}
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6;
console.log(`${total} pages, ${events} events: wall ${wall.toFixed(2)} s, cpu ${cpuS.toFixed(2)} s → ${(total / cpuS).toFixed(0)} articles/s per core (CPU time)`);
