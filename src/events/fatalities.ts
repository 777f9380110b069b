import { phraseSet } from '../arabic/index.js';
import type { Casualty, DateMention, Token } from '../types.js';
import * as cue from './cues.js';

/**
 * Fatalities by ACLED's rules (GUIDE.md): the dead of ONE happening. A war's running total
 * (`أوقع النزاع أكثر من 37 ألف قتيل منذ بدء التمرد`, `حصيلة الشهداء تتخطى عشرة آلاف`) counts the dead
 * of many happenings and is no one strike's toll: it is never an event's fatalities.
 */

const sinceStart = phraseSet(cue.SINCE_START_CUES);
const tollNouns = phraseSet(cue.TOLL_NOUNS);
const milestoneVerbs = phraseSet(cue.MILESTONE_VERBS);
const CLAUSE_SEPARATORS = new Set(['،', ',', '؛', ';']);

/** The tokens of the clause a span lies in (the sentence's commas bound it). */
function clauseAround(tokens: Token[], span: { start: number; end: number }): Token[] {
  let first = 0;
  let last = tokens.length - 1;
  for (let k = 0; k < tokens.length; k++) {
    if (!CLAUSE_SEPARATORS.has(tokens[k]!.text)) continue;
    if (tokens[k]!.end <= span.start) first = k + 1;
    else if (tokens[k]!.start >= span.end) {
      last = k - 1;
      break;
    }
  }
  return tokens.slice(first, last + 1);
}

/**
 * A count since a day this far back or more is a campaign's running total (`منذ 28 يونيو`, two months
 * before the report); a raid of a few days is still told as one event (GUIDE.md: a total over several
 * days without daily detail is one event), so a short span stays.
 */
export const RUNNING_TOTAL_MIN_DAYS = 14;
const since = phraseSet(['منذ']);
const DAY_MS = 86_400_000;

/**
 * A count of the dead since a war or campaign began (`منذ بدء الهجوم الإسرائيلي`, `منذ الحرب الأهلية`,
 * `منذ 28 يونيو` weeks back), or a toll passing a milestone (`حصيلة الشهداء تتخطى`, `تجاوز عدد
 * القتلى`): the figure grows with each day's news, it is not what one happening did. A toll rising to a
 * figure (`ارتفع عدد الشهداء إلى ثمانية`) is one attack's count revised and stays; so does a raid's own
 * few days (`التوغل المستمر منذ أربعة أيام`).
 */
export function isRunningTotal(casualty: Casualty, tokens: Token[], dates: readonly DateMention[] = [], published: string | null = null): boolean {
  const clause = clauseAround(tokens, casualty);
  for (let k = 0; k < clause.length; k++) {
    if (sinceStart.matchAt(clause, k)) return true;
    if (since.has(clause[k]!) && published && clause[k + 1]) {
      const next = clause[k + 1]!;
      const date = dates.find((d) => d.start >= next.start && d.start < next.end);
      const from = date?.range?.from ?? date?.value ?? null;
      if (from && (Date.parse(published) - Date.parse(from)) / DAY_MS >= RUNNING_TOTAL_MIN_DAYS) return true;
    }
    if (tollNouns.has(clause[k]!) && clause[k]!.end <= casualty.start) {
      // `حصيلة الشهداء تتخطى`, `تجاوز عدد القتلى`: the milestone verb next to the toll, on either side
      const near = [clause[k - 1], clause[k + 1], clause[k + 2]];
      if (near.some((t) => t && milestoneVerbs.has(t))) return true;
    }
  }
  return false;
}

/** How far after a killing word its named victim may start: `مقتل الجنرال الإيراني قاسم سليماني` (3 tokens). */
const NAMED_VICTIM_WINDOW = 3;
const attempt = phraseSet(cue.ATTEMPT_WORDS);

/**
 * `مقتل الجنرال الإيراني قاسم سليماني`: the killing of one person the text names is one death, though
 * no number is written (ACLED counts the named dead). Not an attempt (`محاولة اغتيال`), which killed no one.
 */
export function namesOnePerson(casualty: Casualty, people: ReadonlyArray<{ start: number; end: number }>, tokens: Token[]): boolean {
  if (casualty.kind !== 'killed' || casualty.count !== null) return false;
  const at = tokens.findIndex((t) => t.end >= casualty.end);
  if (at < 0 || (at > 0 && attempt.has(tokens[at - 1]!))) return false;
  for (let k = at + 1; k < tokens.length && k <= at + NAMED_VICTIM_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return false;
    if (people.some((p) => p.start >= t.start && p.start < t.end)) return true;
  }
  return false;
}

/**
 * How far apart two counts may stand and still be one list of the dead (`17 مقاتلاً من الفصائل بالإضافة
 * إلى ستة مدنيين`: 17 characters between). Farther, the second count is another telling of the dead.
 */
const ADDITIVE_GAP_CHARS = 30;
/** `و`, `بالإضافة إلى`, `فضلا عن`: the next count adds to the one before. */
const ADDITIVE_LINK = /(?:^|\s)(?:و|بالإضافة|بالاضافة|إضافة|اضافة|فضلا)/;

/**
 * Fatalities of one happening. Counts listed together add up (`17 مقاتلاً … بالإضافة إلى ستة مدنيين` =
 * 23); counts told apart are several tellings of the same dead (a headline's `شهيد بالبريج` and the
 * body's `استشهد فلسطيني`; the army's `قتل ثمانية` after `مقتل ثمانية عراقيين`), and ACLED takes the
 * lowest. A count the text only implies (a bare plural `مقتل مسلحين`) is used only when no figure is
 * written; a named victim (`namedOne`) is one.
 */
export function killedIn(casualties: Casualty[], text: string, namedOne: (c: Casualty) => boolean = () => false): { value: number; text: string } | null {
  const counted = casualties
    .filter((c) => c.kind === 'killed')
    .map((c) => (c.count === null && namedOne(c) ? { ...c, count: 1 } : c))
    .filter((c) => c.count !== null);
  const written = counted.filter((c) => !c.implied);
  const pool = written.length > 0 ? written : counted.slice(0, 1);
  if (pool.length === 0) return null;
  const lists: Casualty[][] = [];
  for (const c of pool) {
    const list = lists[lists.length - 1];
    const previous = list?.[list.length - 1];
    const between = previous ? text.slice(previous.end, c.start) : '';
    if (list && between.length <= ADDITIVE_GAP_CHARS && ADDITIVE_LINK.test(between)) list.push(c);
    else lists.push([c]);
  }
  const tellings = lists.map((list) => ({ value: list.reduce((sum, c) => sum + c.count!, 0), text: list.map((c) => c.text).join('، ') }));
  return tellings.sort((x, y) => x.value - y.value)[0]!;
}
