/**
 * The name tagger on the ANERcorp test split (CAMeL Lab), entity-level: a name counts only with
 * exactly its words and type (conlleval). Run: `npm run bench:ner` (`-- --model PATH` to try another model file).
 *
 * Scored on the REPAIRED test file (first word of each sentence restored, see
 * ../shared/data/ner/anercorp/SOURCE.md), and for comparison with published numbers on the official file.
 * Readings: the tagger alone, and with gazetteer/registry overrides (what tagNames returns), both
 * with document context; and each sentence read by itself (no context beyond the sentence).
 *
 * Document context: tagNames reads an article as one document (see src/ner/document.ts). ANERcorp has
 * no article breaks, so the test sentences are read in order with the model's document window (the
 * sentences either side it was trained with) as each word's document. Only the test WORDS are read;
 * their tags are used for scoring alone.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  NAME_TYPES, NameModel, type NameScores, type TaggedSentence, defaultNameLists, readTaggedFile, scoreNames, spansOfTags,
  tagDocument, tagWords,
} from '../src/ner/index.js';
import { viewOfWord } from '../src/ner/features.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const anercorp = join(root, '..', 'shared', 'data', 'ner', 'anercorp');
const modelArg = process.argv.indexOf('--model');
const model = modelArg >= 0 ? NameModel.fromFile(process.argv[modelArg + 1]!) : NameModel.default();
const lists = defaultNameLists();

function table(title: string, sc: NameScores): void {
  console.log(`\n${title}`);
  console.log('type     gold  pred  correct  precision  recall     F1');
  for (const k of [...NAME_TYPES, 'micro'] as const) {
    const s = sc[k];
    const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
    console.log(
      `${k.padEnd(6)} ${String(s.gold).padStart(6)} ${String(s.predicted).padStart(5)} ${String(s.correct).padStart(8)}` +
        `     ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`,
    );
  }
}

function run(file: string, label: string, timed: boolean): void {
  const test: TaggedSentence[] = readTaggedFile(join(anercorp, file));
  const gold = test.map((s) => spansOfTags(s.tags));
  const tokens = test.reduce((n, s) => n + s.words.length, 0);
  const doc = test.map((s) => s.words.map(viewOfWord));
  const window = model.documentWindow;
  const t0 = performance.now();
  const alone = tagDocument(doc, { model, lists, listOverrides: false, window });
  const seconds = (performance.now() - t0) / 1000;
  const withLists = tagDocument(doc, { model, lists, window });
  const sentenceAlone = test.map((s) => tagWords(s.words, { model, lists, listOverrides: false }));
  const context = Number.isFinite(window) ? `document context ±${window} sentences` : 'whole file as one document';
  table(`${label}: ${file} (${test.length} sentences, ${tokens} tokens) — tagger alone, ${context}`, scoreNames(gold, alone));
  table(`${label}: ${file} — tagger + gazetteer/registry overrides, ${context}`, scoreNames(gold, withLists));
  table(`${label}: ${file} — tagger alone, each sentence by itself`, scoreNames(gold, sentenceAlone));
  if (timed) console.log(`\nspeed (first run, cold word caches): ${Math.round(tokens / seconds).toLocaleString('en')} tokens/s`);
}

// Warm the model and the lists so that the timing is tagging, not loading.
tagWords(['عمان'], { model, lists });
run('ANERCorp_CamelLab_test.repaired.txt', 'REPAIRED test', true);
run('ANERCorp_CamelLab_test.txt', 'OFFICIAL test (for comparison with the literature)', false);

// Throughput as in the pipeline: tokens arrive with norm/bases (as tokenize gives them) and the
// per-word cache is warm; several passes so that the JIT has settled.
const PASSES = 5;
const test = readTaggedFile(join(anercorp, 'ANERCorp_CamelLab_test.repaired.txt'));
const views = test.map((s) => s.words.map(viewOfWord));
const tokens = test.reduce((n, s) => n + s.words.length, 0);
tagDocument(views, { model, lists, window: model.documentWindow });
const t0 = performance.now();
for (let pass = 0; pass < PASSES; pass++) tagDocument(views, { model, lists, window: model.documentWindow });
const perSecond = (PASSES * tokens) / ((performance.now() - t0) / 1000);
console.log(`speed (warm, pre-tokenised, two passes, with overrides and confidences): ${Math.round(perSecond).toLocaleString('en')} tokens/s`);
