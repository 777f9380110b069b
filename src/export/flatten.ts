/**
 * An event as one flat row of scalars — for GeoJSON properties, spreadsheets and map popups, which cannot
 * hold nested objects. Actor refs become `actor1` (English) + `actor1_ar`; evidence becomes
 * `evidence` (the quote) + `evidence_start`/`evidence_end`. Every other field keeps its name and value.
 */
import type { ActorRef, EventRecord } from '../types.js';

export type FlatValue = string | number | boolean | null;
export type FlatEvent = Record<string, FlatValue>;

export function flattenEvent(e: EventRecord): FlatEvent {
  const out: FlatEvent = {};
  for (const [k, v] of Object.entries(e) as [string, unknown][]) {
    if (k === 'evidence') {
      out['evidence'] = e.evidence.text;
      out['evidence_start'] = e.evidence.start;
      out['evidence_end'] = e.evidence.end;
    } else if (k === 'actor1' || k === 'assoc_actor1' || k === 'actor2' || k === 'assoc_actor2') {
      const a = v as ActorRef | null;
      out[k] = a?.name ?? null;
      out[`${k}_ar`] = a?.name_ar ?? null;
    } else if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      out[k] = v;
    } else if (v !== undefined) {
      // a nested field added to EventRecord later: kept, as JSON, rather than dropped
      out[k] = JSON.stringify(v);
    }
  }
  return out;
}
