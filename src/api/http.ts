/** Request parsing and error answers shared by the routes: every refusal is JSON with the reasons. */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { EventFilter } from '../store/index.js';

export interface ApiIssue {
  /** The query parameter or body field at fault ('' for the whole request). */
  param: string;
  message: string;
}

/** An answer other than 200 that a route decides on; app.ts turns it into `{error, message, issues?}`. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function invalid(error: z.ZodError, where: string): ApiError {
  const issues = error.issues.map((i) => {
    const param = i.path.map(String).join('.');
    const keys = i.code === 'unrecognized_keys' ? (i as { keys?: string[] }).keys ?? [] : [];
    const message = keys.length ? `unknown ${where === 'query' ? 'parameter' : 'field'}: ${keys.join(', ')}` : i.message;
    return { param: keys.length ? keys.join(',') : param, message };
  });
  return new ApiError(400, 'invalid_request', issues.map((i) => (i.param && !i.message.startsWith(i.param) && !i.message.startsWith('unknown') ? `${i.param}: ${i.message}` : i.message)).join('; '), issues);
}

/** The query string checked against `schema`. A parameter given twice is an error (which one was meant?). */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const raw: Record<string, string> = {};
  for (const [k, values] of Object.entries(c.req.queries())) {
    if (values.length > 1) throw new ApiError(400, 'invalid_request', `${k}: given ${values.length} times`, [{ param: k, message: 'given more than once' }]);
    raw[k] = values[0]!;
  }
  const r = schema.safeParse(raw);
  if (!r.success) throw invalid(r.error, 'query');
  return r.data;
}

/** The JSON body checked against `schema`; a body that is not JSON is a 400, not a 500. */
export async function parseJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json')) throw new ApiError(415, 'unsupported_media_type', 'send JSON (Content-Type: application/json)');
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid_json', 'the body is not valid JSON');
  }
  const r = schema.safeParse(body);
  if (!r.success) throw invalid(r.error, 'body');
  return r.data;
}

/** The store filter from validated query parameters: only the filter's own keys, no undefined values. */
export function toFilter(q: Partial<Record<keyof EventFilter, unknown>>): EventFilter {
  const f: EventFilter = {};
  if (typeof q.from === 'string') f.from = q.from;
  if (typeof q.to === 'string') f.to = q.to;
  if (typeof q.type === 'string') f.type = q.type;
  if (typeof q.admin1 === 'string') f.admin1 = q.admin1;
  if (typeof q.actor === 'string') f.actor = q.actor;
  if (typeof q.outlet === 'string') f.outlet = q.outlet;
  if (typeof q.q === 'string') f.q = q.q;
  if (typeof q.background === 'boolean') f.background = q.background;
  return f;
}
