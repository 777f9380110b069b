import type { InferredDate } from '../types.js';

/**
 * The publication date a page's own text pins when it has none (placeholder: the time stage fills
 * it in). `body` is the cleaned article; `others` are texts glued on the same page (teasers).
 */
export function inferPublicationDate(_body: string, _others: readonly string[] = []): InferredDate | null {
  return null;
}
