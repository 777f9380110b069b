import type { ParsingContext } from '../context.js';
import type { ParsedDate } from '../reading.js';

/** A refiner takes the parses in text order and returns them improved: merged, dropped, never reordered. */
export type Refiner = (ctx: ParsingContext, parsed: ParsedDate[]) => ParsedDate[];
