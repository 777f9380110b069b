/**
 * Articles per second per core through clean → events (no database), on the real sample pages.
 * Run: `npm run bench` (single process, so the figure is per core). Optional: `npm run bench -- 2000`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageFromInput } from '../src/ingest/index.js';
import { extractPage } from '../src/pipeline.js';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const texts = readdirSync(examples).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(examples, f), 'utf8'));
const total = Number(process.argv[2] ?? 1000);

// warm-up: loads the gazetteer and actor registry, compiles the lexicons
const t0 = performance.now();
extractPage(pageFromInput({ text: texts[0]! }, 'warmup'));
const loadMs = performance.now() - t0;

let events = 0;
let chars = 0;
const start = performance.now();
for (let i = 0; i < total; i++) {
  // a distinct page each time so nothing is cached by content
  const text = `${texts[i % texts.length]!}\n${i}`;
  chars += text.length;
  events += extractPage(pageFromInput({ text }, `bench:${i}`)).events.length;
}
const seconds = (performance.now() - start) / 1000;
const rss = process.memoryUsage().rss / 2 ** 20;
console.log(`first page (loads data): ${loadMs.toFixed(0)} ms`);
console.log(`${total} pages (${(chars / total / 1000).toFixed(1)} K chars avg), ${events} events in ${seconds.toFixed(2)} s`);
console.log(`${(total / seconds).toFixed(0)} articles/s on one core; peak RSS ${rss.toFixed(0)} MiB`);
