/**
 * The scale benchmarks' corpus (bench/scale.ts, bench/writer.ts), reproducible: every paragraph (a line
 * of 40+ characters) of the real articles in examples/*.txt and ../shared/gold/articles.jsonl goes into
 * one pool. Article i is built by a PRNG (mulberry32, seed CORPUS_SEED) that draws 3–10 paragraphs from
 * the pool (in drawn order), takes the first drawn paragraph's first sentence as its title, an outlet
 * from the real outlets and a publication day in 2015–2024. The same seed and sources give the same
 * corpus byte for byte. It is written as JSONL files of FILE_ARTICLES lines under .tmp/bench-scale/, so
 * an import reads it the way it reads a feed dump (streamed, line by line).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/ner/perceptron.js';

export const CORPUS_SEED = 20240501;
const FILE_ARTICLES = 2_000;
const MIN_PARAGRAPH_CHARS = 40;

const root = fileURLToPath(new URL('../', import.meta.url));
export const outDir = join(root, '.tmp', 'bench-scale');

function sourceTexts(): { texts: string[]; outlets: string[] } {
  const examples = join(root, 'examples');
  const texts = readdirSync(examples).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(examples, f), 'utf8'));
  const outlets = new Set<string>();
  const gold = join(root, '..', 'shared', 'gold', 'articles.jsonl');
  if (existsSync(gold)) {
    for (const line of readFileSync(gold, 'utf8').split('\n').filter(Boolean)) {
      const r = JSON.parse(line) as { text: string; outlet?: string };
      texts.push(r.text);
      if (r.outlet) outlets.add(r.outlet);
    }
  }
  return { texts, outlets: outlets.size ? [...outlets].sort() : ['rasd-bench'] };
}

export function buildCorpus(n: number): string[] {
  const { texts, outlets } = sourceTexts();
  const pool = texts.flatMap((t) => t.split('\n').map((l) => l.trim()).filter((l) => l.length >= MIN_PARAGRAPH_CHARS));
  const rand = seededRandom(CORPUS_SEED); // mulberry32
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  mkdirSync(outDir, { recursive: true });
  const dir = join(outDir, `corpus-${n}-${CORPUS_SEED}`);
  const files: string[] = [];
  const fresh = !existsSync(join(dir, 'done'));
  if (fresh) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  let lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = 3 + Math.floor(rand() * 8);
    const paragraphs = Array.from({ length: k }, () => pick(pool));
    const title = paragraphs[0]!.split(/[.،!؟]/)[0]!.slice(0, 120);
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 3652) * 86_400_000).toISOString().slice(0, 10);
    lines.push(JSON.stringify({ id: `bench-${i}`, title, published: day, outlet: pick(outlets), text: paragraphs.join('\n') }));
    if (lines.length === FILE_ARTICLES || i === n - 1) {
      const file = join(dir, `part-${String(files.length).padStart(4, '0')}.jsonl`);
      if (fresh) writeFileSync(file, lines.join('\n') + '\n');
      files.push(file);
      lines = [];
    }
  }
  if (fresh) writeFileSync(join(dir, 'done'), '');
  return files;
}

