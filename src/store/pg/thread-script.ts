/**
 * The file a worker thread runs, beside the module that starts it. Built code (dist/) runs the .js file
 * as is; from sources (tsx, vitest) the .ts file runs with tsx's loader, which a worker thread does not
 * inherit from a test runner, so it is passed explicitly.
 */
export interface ThreadScript {
  filename: URL;
  execArgv: string[];
}

export function threadScript(importMetaUrl: string, baseName: string): ThreadScript {
  const fromSources = importMetaUrl.endsWith('.ts');
  return {
    filename: new URL(`./${baseName}${fromSources ? '.ts' : '.js'}`, importMetaUrl),
    execArgv: fromSources ? ['--import', 'tsx'] : [],
  };
}
