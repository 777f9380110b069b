/**
 * Builds data/arabic/vocab.json: how often each word form (normalised, as rasd matches it) occurs in
 * real Arabic newswire, and the words of every place and actor name rasd knows. src/arabic/glued.ts
 * reads it to find where a space was lost between two words (`إسرائيلياستهدف`).
 *
 *   node --import tsx scripts/build-vocab.ts [SHARED_DATA_DIR]      (default ../shared/data)
 *
 * Sources (see data/arabic/SOURCE.md): ANERcorp's CAMeL train split and NewsFANE (both CC BY-SA),
 * one token per line; data/geo/*.json and data/actors/actors.json for the names. Deterministic output.
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeArabic } from '../src/arabic/normalize.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(process.argv[2] ?? join(REPO, '..', 'shared', 'data'));
const CORPORA = [
  join(SHARED, 'ner', 'anercorp', 'ANERCorp_CamelLab_train.reconstructed.txt'),
  join(SHARED, 'ner', 'newsfane', 'NewsFANE_Gold_2014_170K.txt'),
];
/** A form seen once may be a typo or a glued pair itself: only forms seen this often count as words. */
const MIN_COUNT = 2;
const ARABIC_WORD = /^[\u0621-\u064A\u0660-\u06FF]+$/u;

const counts = new Map<string, number>();
for (const file of CORPORA) {
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const word = line.split(/\s+/)[0]?.replace(/\u200F/g, '') ?? '';
    if (!ARABIC_WORD.test(word)) continue;
    const norm = normalizeArabic(word);
    if (norm.length > 1) counts.set(norm, (counts.get(norm) ?? 0) + 1);
  }
}

// names rasd knows are words, however rare in newswire (كفرنبودة must never be cut)
const names = new Set<string>();
const addNameWords = (text: unknown) => {
  if (typeof text !== 'string') return;
  for (const w of normalizeArabic(text).split(/[^\u0621-\u064A]+/u)) if (w.length > 1) names.add(w);
};
const walk = (value: unknown, key = ''): void => {
  if (Array.isArray(value)) value.forEach((v) => walk(v, key));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  else if (/ar|alias|name/i.test(key)) addNameWords(value);
};
for (const f of readdirSync(join(REPO, 'data', 'geo')).filter((f) => f.endsWith('.json'))) walk(JSON.parse(readFileSync(join(REPO, 'data', 'geo', f), 'utf8')));
walk(JSON.parse(readFileSync(join(REPO, 'data', 'actors', 'actors.json'), 'utf8')));

const words: Record<string, number> = {};
const keys = new Set([...[...counts].filter(([, c]) => c >= MIN_COUNT).map(([w]) => w), ...names]);
for (const w of [...keys].sort()) words[w] = counts.get(w) ?? 0;
mkdirSync(join(REPO, 'data', 'arabic'), { recursive: true });
writeFileSync(join(REPO, 'data', 'arabic', 'vocab.json'), JSON.stringify({ minCount: MIN_COUNT, words }) + '\n');
console.log(`data/arabic/vocab.json: ${keys.size} words (${names.size} from names)`);
