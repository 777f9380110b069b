/**
 * The file a worker thread runs, beside the module that starts it. Built code (dist/) runs the .js file
 * as is. From sources (tsx, vitest) a worker thread does not inherit the TypeScript loader (and Node 20
 * does not apply `--import tsx` to a worker's entry module), so the thread starts in a small JS
 * bootstrap that registers tsx and then imports the .ts file named in its workerData (`tsEntry`).
 */
export interface ThreadScript {
  filename: URL;
  /** Goes into the thread's workerData: the .ts module the bootstrap imports (null for built code). */
  tsEntry: string | null;
}

export function threadScript(importMetaUrl: string, baseName: string): ThreadScript {
  if (!importMetaUrl.endsWith('.ts')) return { filename: new URL(`./${baseName}.js`, importMetaUrl), tsEntry: null };
  return { filename: new URL('./ts-bootstrap.mjs', import.meta.url), tsEntry: new URL(`./${baseName}.ts`, importMetaUrl).href };
}
