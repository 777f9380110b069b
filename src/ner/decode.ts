/**
 * Sequence decoding over IOB2 tags: the best path (Viterbi) and per-word tag posteriors
 * (forward-backward), both refusing the transitions IOB2 forbids (I-X after anything but B-X/I-X).
 * Scores are linear; the arrays are flat, word-major: `emission[i * T + tag]`.
 */

/** The score tables of a linear-chain model over T tags. */
export interface ChainScores {
  /** `transition[prev * T + tag]` */
  transition: ArrayLike<number>;
  /** Score of each tag on the first word and on the last. */
  start: ArrayLike<number>;
  end: ArrayLike<number>;
  /** `allowed[prev * T + tag]`, and `allowedFirst[tag]` for the first word. */
  allowed: Uint8Array;
  allowedFirst: Uint8Array;
}

/** Which transitions IOB2 allows between `tags` (O, B-X, I-X spellings). */
export function iobConstraints(tags: readonly string[]): { allowed: Uint8Array; allowedFirst: Uint8Array } {
  const T = tags.length;
  const allowed = new Uint8Array(T * T);
  const allowedFirst = new Uint8Array(T);
  for (let b = 0; b < T; b++) {
    const inside = tags[b]!.startsWith('I-');
    allowedFirst[b] = inside ? 0 : 1;
    for (let a = 0; a < T; a++) allowed[a * T + b] = !inside || tags[a]!.slice(2) === tags[b]!.slice(2) ? 1 : 0;
  }
  return { allowed, allowedFirst };
}

/** The highest-scoring allowed tag sequence for n words. */
export function viterbi(emission: ArrayLike<number>, n: number, T: number, chain: ChainScores): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = chain.allowedFirst[t] ? chain.start[t]! + emission[t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!chain.allowed[p * T + t]) continue;
        const s = score[(i - 1) * T + p]! + chain.transition[p * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + emission[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    const s = score[(n - 1) * T + t]! + chain.end[t]!;
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]!]!;
  return path;
}

/**
 * P(tag at word i) under the distribution exp(score / temperature) over allowed paths.
 * A perceptron's scores are not probabilities; the temperature, fitted on held-out text at
 * training time, makes them a usable confidence. Computed in probability space with the forward and
 * backward vectors rescaled to sum 1 at each word (no log-sum-exp: T exponentials per word, not T²).
 */
export function posteriors(emission: ArrayLike<number>, n: number, T: number, chain: ChainScores, temperature: number): Float64Array {
  const out = new Float64Array(n * T);
  if (n === 0) return out;
  const k = 1 / temperature;
  const trans = new Float64Array(T * T);
  for (let x = 0; x < T * T; x++) trans[x] = chain.allowed[x] ? Math.exp(k * chain.transition[x]!) : 0;
  // Emission potentials, each word shifted by its best score so that exp() cannot overflow.
  const pot = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (let t = 0; t < T; t++) m = Math.max(m, emission[i * T + t]!);
    for (let t = 0; t < T; t++) pot[i * T + t] = Math.exp(k * (emission[i * T + t]! - m));
  }
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  const normalise = (arr: Float64Array, at: number) => {
    let sum = 0;
    for (let t = 0; t < T; t++) sum += arr[at + t]!;
    if (sum > 0) for (let t = 0; t < T; t++) arr[at + t]! /= sum;
  };
  for (let t = 0; t < T; t++) alpha[t] = chain.allowedFirst[t] ? Math.exp(k * chain.start[t]!) * pot[t]! : 0;
  normalise(alpha, 0);
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let sum = 0;
      for (let p = 0; p < T; p++) sum += alpha[(i - 1) * T + p]! * trans[p * T + t]!;
      alpha[i * T + t] = sum * pot[i * T + t]!;
    }
    normalise(alpha, i * T);
  }
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = Math.exp(k * chain.end[t]!);
  normalise(beta, (n - 1) * T);
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < T; p++) {
      let sum = 0;
      for (let t = 0; t < T; t++) sum += trans[p * T + t]! * pot[(i + 1) * T + t]! * beta[(i + 1) * T + t]!;
      beta[i * T + p] = sum;
    }
    normalise(beta, i * T);
  }
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < T; t++) out[i * T + t] = alpha[i * T + t]! * beta[i * T + t]!;
    normalise(out, i * T);
  }
  return out;
}
