import { NAME_TYPES, type NameType } from './constants.js';

/** Counts and rates of one entity type (or of all: `micro`). */
export interface TypeScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export type NameScores = Record<NameType | 'micro', TypeScore>;

interface Typed {
  first: number;
  end: number;
  type: NameType;
}

/**
 * Entity-level scores as conlleval computes them: a predicted name counts only if a gold name has
 * exactly the same words and type. `gold[k]` and `predicted[k]` are the names of sentence k.
 */
export function scoreNames(gold: readonly (readonly Typed[])[], predicted: readonly (readonly Typed[])[]): NameScores {
  const keys = [...NAME_TYPES, 'micro'] as const;
  const counts = Object.fromEntries(keys.map((k) => [k, { gold: 0, predicted: 0, correct: 0 }])) as Record<
    (typeof keys)[number],
    { gold: number; predicted: number; correct: number }
  >;
  gold.forEach((goldNames, k) => {
    const predictedNames = predicted[k] ?? [];
    const goldKeys = new Set(goldNames.map((s) => `${s.first}:${s.end}:${s.type}`));
    for (const s of goldNames) {
      counts[s.type].gold++;
      counts.micro.gold++;
    }
    for (const s of predictedNames) {
      counts[s.type].predicted++;
      counts.micro.predicted++;
      if (goldKeys.has(`${s.first}:${s.end}:${s.type}`)) {
        counts[s.type].correct++;
        counts.micro.correct++;
      }
    }
  });
  const rate = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return Object.fromEntries(
    keys.map((k) => {
      const c = counts[k];
      const precision = rate(c.correct, c.predicted);
      const recall = rate(c.correct, c.gold);
      const f1 = rate(2 * precision * recall, precision + recall);
      return [k, { ...c, precision, recall, f1 }];
    }),
  ) as NameScores;
}
