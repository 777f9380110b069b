/**
 * What each route accepts, as zod schemas: the same objects validate requests (400 with the reasons)
 * and describe the API in /api/openapi.json, so the documentation cannot drift from the checks.
 * Query strings are strict: an unknown parameter is an error, not silently ignored (a typo such as
 * `?admin=Idleb` would otherwise return every event and look like an answer).
 */
import { z } from 'zod';
import { CORRECTION_FIELDS } from '../store/index.js';
import { MAX_IDS, MAX_PAGE_SIZE, MAX_TEXT_PARAM, DEFAULT_PAGE_SIZE, MAX_PAGES_PER_REQUEST } from './constants.js';
import { EVENT_TYPE_NAMES } from './vocabulary.js';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const partialDate = (what: string) =>
  z.string().regex(PARTIAL_DATE, `${what}: expected YYYY-MM-DD, YYYY-MM or YYYY`);
const text = (what: string) => z.string().trim().min(1, `${what}: empty`).max(MAX_TEXT_PARAM, `${what}: longer than ${MAX_TEXT_PARAM} characters`);
const bool = z.enum(['true', 'false'], { message: 'expected true or false' }).transform((v) => v === 'true');

/** The event filter as query parameters (the store's EventFilter, validated). */
export const filterShape = {
  from: partialDate('from').optional().describe('events on or after this day (YYYY-MM-DD; YYYY-MM and YYYY mean their first day)'),
  to: partialDate('to').optional().describe('events on or before this day (YYYY-MM and YYYY mean their last day)'),
  type: text('type').optional().describe('event type or sub-event type, e.g. "Battles", "Air/drone strike"'),
  admin1: text('admin1').optional().describe('governorate, OCHA English name (Idleb, Rural Damascus)'),
  actor: text('actor').optional().describe('part of an actor name, English or Arabic'),
  outlet: text('outlet').optional().describe("the article's outlet"),
  background: bool.optional().describe('true: only recalled events; false: only the news of the day'),
  q: text('q').optional().describe('words that must all occur in the article (Arabic-aware: clitics, hamza and ta marbuta forms)'),
};

const pageShape = {
  limit: z.coerce.number({ message: 'limit: expected a number' }).int('limit: expected an integer').min(1, 'limit: at least 1')
    .max(MAX_PAGE_SIZE, `limit: at most ${MAX_PAGE_SIZE}`).default(DEFAULT_PAGE_SIZE).describe('rows per page'),
  offset: z.coerce.number({ message: 'offset: expected a number' }).int('offset: expected an integer').min(0, 'offset: at least 0')
    .default(0).describe('rows to skip'),
};

function checkRange<T extends { from?: string; to?: string }>(v: T, ctx: z.RefinementCtx) {
  if (v.from && v.to && v.from > v.to && !v.to.startsWith(v.from)) {
    ctx.addIssue({ code: 'custom', message: `from (${v.from}) is after to (${v.to})`, path: ['from'] });
  }
}

export const filterQuery = z.object(filterShape).strict().superRefine(checkRange);

export const eventsQuery = z
  .object({
    ...filterShape,
    ...pageShape,
    ids: z.string().max(MAX_IDS * 64).optional()
      .transform((s) => (s === undefined ? undefined : s.split(',').map((x) => x.trim()).filter(Boolean)))
      .refine((a) => a === undefined || a.length <= MAX_IDS, `ids: at most ${MAX_IDS}`)
      .describe('comma-separated event ids: these events (the other filters are then ignored)'),
  })
  .strict()
  .superRefine(checkRange);

export const statsQuery = z
  .object({ ...filterShape, bucket: z.enum(['auto', 'day', 'week', 'month']).default('auto').describe('timeline bar width') })
  .strict()
  .superRefine(checkRange);

export const searchQuery = z
  .object({ q: text('q').describe('words that must all occur (Arabic-aware)'), ...pageShape })
  .strict();

export const articleQuery = z.object({ q: text('q').optional().describe('words to highlight in the article') }).strict();

export const EXPORT_FORMATS = ['csv', 'geojson', 'jsonl', 'gold', 'gold-articles', 'corrections'] as const;
export const exportQuery = z
  .object({
    ...filterShape,
    format: z.enum(EXPORT_FORMATS, { message: `format: one of ${EXPORT_FORMATS.join(', ')}` }).default('csv')
      .describe('csv (ACLED columns), geojson, jsonl; gold = expected.json of reviewed articles, gold-articles = their articles.jsonl; corrections = every correction (jsonl)'),
  })
  .strict()
  .superRefine(checkRange);

export const mapPointQuery = z
  .object({
    ...filterShape,
    lat: z.coerce.number({ message: 'lat: expected a number' }).min(-90).max(90).describe('latitude of the map point'),
    lon: z.coerce.number({ message: 'lon: expected a number' }).min(-180).max(180).describe('longitude of the map point'),
  })
  .strict()
  .superRefine(checkRange);

export const lookupQuery = z.object({ q: text('q').describe('a name, Arabic or English') }).strict();

const eventType = z.enum(EVENT_TYPE_NAMES as [string, ...string[]], { message: `event_type: one of ${EVENT_TYPE_NAMES.join(', ')}` });
const actorRef = z.object({ name: z.string().trim().min(1).max(MAX_TEXT_PARAM), name_ar: z.string().max(MAX_TEXT_PARAM) }).strict().nullable();
const nullableText = z.string().trim().min(1).max(MAX_TEXT_PARAM).nullable();

/** The values a correction may carry, per field (the store re-checks that only the field's own keys are set). */
export const correctionValue = z
  .object({
    event_date: partialDate('event_date').nullable(),
    date_basis: z.enum(['explicit', 'relative', 'publication', 'unknown']),
    event_type: eventType,
    sub_event_type: z.string().trim().min(1).max(MAX_TEXT_PARAM),
    actor1: actorRef,
    assoc_actor1: actorRef,
    actor2: actorRef,
    assoc_actor2: actorRef,
    fatalities: z.number().int().min(0).max(1_000_000).nullable(),
    background: z.boolean(),
    location: nullableText,
    location_en: nullableText,
    country: nullableText,
    admin1: nullableText,
    admin2: nullableText,
    admin3: nullableText,
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
    geo_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  })
  .partial()
  .strict();

const FIELDS = Object.keys(CORRECTION_FIELDS) as [string, ...string[]];

export const correctionBody = z
  .object({
    field: z.enum(FIELDS, { message: `field: one of ${FIELDS.join(', ')}` }),
    value: correctionValue.default({}),
    /** A place correction may name a gazetteer place instead of its fields; the server fills them in. */
    place_id: z.string().max(MAX_TEXT_PARAM).optional(),
    author: z.string().trim().min(1, 'author: say who corrects').max(100),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict();

const pageInput = z
  .object({
    id: z.string().max(MAX_TEXT_PARAM).optional(),
    url: z.string().max(2000).optional(),
    outlet: z.string().max(MAX_TEXT_PARAM).optional(),
    published: z.string().regex(/^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, 'published: expected an ISO date (YYYY-MM-DD) or date-time').optional(),
    title: z.string().max(2000).optional(),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .strict()
  .refine((p) => (p.text?.trim() || p.html?.trim()) !== undefined && Boolean(p.text?.trim() || p.html?.trim()), 'a page needs "text" or "html"');

export const ingestBody = z.union([
  pageInput,
  z.object({ pages: z.array(pageInput).min(1).max(MAX_PAGES_PER_REQUEST, `pages: at most ${MAX_PAGES_PER_REQUEST} per request`) }).strict(),
]);

export type IngestBody = z.infer<typeof ingestBody>;
export type CorrectionBody = z.infer<typeof correctionBody>;
