/**
 * `rasd` with only the scale commands, for tests that run workers as child processes (the full CLI in
 * src/cli/main.ts registers the same commands through registerScale).
 */
import { Command } from 'commander';
import { registerScale } from '../../src/cli/scale.js';

const program = new Command('rasd').option('--db <url>', 'database').exitOverride();
registerScale(program, () => (program.opts() as { db: string }).db);
program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`rasd: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
