/**
 * Speed of the language layer on real article text (examples/*.txt and, when present,
 * ../shared/gold/articles.jsonl). Run: `npm run bench:language` (one process: figures are per core).
 *
 * A list of named measurements, each printing plain `name: value unit` lines; add one by appending
 * to MEASUREMENTS (the numbers half goes next to the dates half).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCasualties, findQuantities, splitSentences, tokenize } from '../src/arabic/index.js';
import { cleanPage } from '../src/clean/index.js';
import { ActorRegistry, findNationalities } from '../src/entities/index.js';
import { Gazetteer } from '../src/geo/index.js';
import { pageFromInput } from '../src/ingest/index.js';
import { extractPage } from '../src/pipeline.js';
import { findDates, inferPublicationDate } from '../src/time/index.js';
import type { CleanArticle, RawPage } from '../src/types.js';

/** Each measurement runs at least this long, so that timer resolution and JIT warm-up stay small. */
const MIN_RUN_MS = 1000;

interface CorpusPage {
  page: RawPage;
  article: CleanArticle;
  /** The reference date findDates is given: the page's own, else the date its text pins. */
  reference: string | null;
}

function loadCorpus(): CorpusPage[] {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const inputs: Array<{ text: string; published?: string }> = [];
  const examples = join(root, 'examples');
  for (const f of readdirSync(examples).filter((f) => f.endsWith('.txt'))) inputs.push({ text: readFileSync(join(examples, f), 'utf8') });
  const gold = join(root, '..', 'shared', 'gold', 'articles.jsonl');
  if (existsSync(gold)) {
    for (const line of readFileSync(gold, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as { text: string; published?: string; title?: string };
      inputs.push({ text: a.title ? `${a.title}\n${a.text}` : a.text, ...(a.published ? { published: a.published } : {}) });
    }
  }
  return inputs.map((input, i) => {
    const page = pageFromInput(input, `bench:${i}`);
    const article = cleanPage(page);
    const inferred = article.published ? null : inferPublicationDate(article.body, article.teasers.map((t) => `${t.title}\n${t.body}`));
    return { page, article, reference: article.published ?? (inferred?.precision === 'day' ? inferred.value : null) };
  });
}

/** Repeat `pass` (one pass over the corpus) until MIN_RUN_MS has gone by; seconds per pass. */
function timePasses(pass: () => void): number {
  pass(); // warm-up: lazy lexicons, JIT
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    pass();
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < MIN_RUN_MS);
  return elapsed / 1000 / passes;
}

interface Measurement {
  name: string;
  run(corpus: CorpusPage[]): string[];
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toPrecision(3));

const dateMentionsPerSecond: Measurement = {
  name: 'findDates',
  run(corpus) {
    let mentions = 0;
    let chars = 0;
    for (const c of corpus) {
      mentions += findDates(c.article.body, c.reference).length;
      chars += c.article.body.length;
    }
    const tokenized = corpus.map((c) => ({ ...c, tokens: tokenize(c.article.body) }));
    const withTokens = timePasses(() => {
      for (const c of tokenized) findDates(c.article.body, c.reference, c.tokens);
    });
    const withTokenizing = timePasses(() => {
      for (const c of corpus) findDates(c.article.body, c.reference);
    });
    return [
      `date phrases per pass: ${mentions} in ${corpus.length} articles (${(chars / 1000).toFixed(0)} K chars)`,
      `date phrases/s (tokens given, as in the pipeline): ${fmt(mentions / withTokens)}`,
      `date phrases/s (tokenizing included): ${fmt(mentions / withTokenizing)}`,
      `articles/s (tokens given): ${fmt(corpus.length / withTokens)}; ms per article: ${fmt((withTokens / corpus.length) * 1000)}`,
    ];
  },
};

const publicationInference: Measurement = {
  name: 'inferPublicationDate',
  run(corpus) {
    const undated = corpus.filter((c) => !c.article.published);
    if (undated.length === 0) return ['no undated pages in the corpus'];
    const args = undated.map((c) => [c.article.body, c.article.teasers.map((t) => `${t.title}\n${t.body}`)] as const);
    const dated = args.filter(([body, others]) => inferPublicationDate(body, others) !== null).length;
    const s = timePasses(() => {
      for (const [body, others] of args) inferPublicationDate(body, others);
    });
    return [`undated pages: ${undated.length}, dated by their anchors: ${dated}`, `pages/s: ${fmt(undated.length / s)}`, `ms per page: ${fmt((s / undated.length) * 1000)}`];
  },
};

const languageShare: Measurement = {
  name: 'language layer share of extractPage',
  run(corpus) {
    const gazetteer = Gazetteer.default();
    const registry = ActorRegistry.default();
    const prepared = corpus.map((c) => ({ ...c, tokens: tokenize(c.article.body) }));
    const parts: Array<[string, () => void]> = [
      ['tokenize', () => prepared.forEach((c) => tokenize(c.article.body))],
      ['splitSentences', () => prepared.forEach((c) => splitSentences(c.article.body))],
      ['findDates', () => prepared.forEach((c) => findDates(c.article.body, c.reference, c.tokens))],
      ['findPlaces', () => prepared.forEach((c) => gazetteer.findPlaces(c.article.body, c.tokens))],
      ['findActors', () => prepared.forEach((c) => registry.findActors(c.article.body, c.tokens))],
      ['findNationalities', () => prepared.forEach((c) => findNationalities(c.article.body, c.tokens))],
      ['findQuantities', () => prepared.forEach((c) => findQuantities(c.article.body, c.tokens))],
    ];
    const whole = timePasses(() => prepared.forEach((c) => extractPage(c.page)));
    const lines: string[] = [];
    let language = 0;
    for (const [name, pass] of parts) {
      const s = timePasses(pass);
      language += s;
      lines.push(`${name}: ${fmt((s / corpus.length) * 1000)} ms/article, ${fmt((s / whole) * 100)} % of extractPage`);
    }
    lines.push(`extractPage (clean + language + events): ${fmt((whole / corpus.length) * 1000)} ms/article, ${fmt(corpus.length / whole)} articles/s`);
    lines.push(`language layer (sum of the above): ${fmt((language / whole) * 100)} % of extractPage`);
    return lines;
  },
};

/** Phrases/s for a reader over the article bodies, from raw text and from tokens already made. */
function phraseRate(name: string, unit: string, find: (text: string, tokens?: ReturnType<typeof tokenize>) => unknown[]): Measurement {
  return {
    name,
    run(corpus) {
      const prepared = corpus.map((c) => ({ text: c.article.body, tokens: tokenize(c.article.body) }));
      const found = prepared.reduce((n, c) => n + find(c.text, c.tokens).length, 0);
      const fromText = timePasses(() => prepared.forEach((c) => find(c.text)));
      const fromTokens = timePasses(() => prepared.forEach((c) => find(c.text, c.tokens)));
      return [
        `${unit} per pass: ${found} in ${corpus.length} articles`,
        `${unit}/s (tokens given): ${fmt(found / fromTokens)}`,
        `${unit}/s (tokenizing included): ${fmt(found / fromText)}`,
        `articles/s (tokens given): ${fmt(corpus.length / fromTokens)}; ms per article: ${fmt((fromTokens / corpus.length) * 1000)}`,
      ];
    },
  };
}

const quantitiesPerSecond = phraseRate('findQuantities', 'counts', findQuantities);
const casualtiesPerSecond = phraseRate('findCasualties (runs findQuantities inside)', 'casualties', findCasualties);

const MEASUREMENTS: Measurement[] = [dateMentionsPerSecond, publicationInference, languageShare, quantitiesPerSecond, casualtiesPerSecond];

const corpus = loadCorpus();
console.log(`corpus: ${corpus.length} articles`);
for (const m of MEASUREMENTS) {
  console.log(`\n${m.name}`);
  for (const line of m.run(corpus)) console.log(`  ${line}`);
}
