import type { ParsingContext } from '../context.js';
import type { ParsedDate } from '../reading.js';

/** A parser tries to read one date expression starting at token `i`. One pattern, one extract step. */
export type Parser = (ctx: ParsingContext, i: number) => ParsedDate | null;
