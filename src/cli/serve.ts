/** `rasd serve`: the analyst's desk (web app + HTTP API) over the database. */
import type { Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT } from '../api/constants.js';
import { startServer } from '../api/server.js';
import { ingestPaths } from './ingest.js';

export function registerServe(program: Command, dbPath: () => string): void {
  program
    .command('serve')
    .description('open the desk: a local web app and JSON API (/api/openapi.json) over the database')
    .option('--host <host>', 'address to bind (beyond loopback needs RASD_TOKEN)', DEFAULT_HOST)
    .option('--port <port>', 'port (0 = any free port)', String(DEFAULT_PORT))
    .option('--ingest <paths...>', 'ingest these files or folders first (idempotent)')
    .action(async (o: { host: string; port: string; ingest?: string[] }) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: expected 0-65535, got ${o.port}`);
      const server = await startServer({ dbPath: dbPath(), host: o.host, port });
      if (o.ingest?.length) {
        const summary = await ingestPaths(server.store, o.ingest, { progress: true });
        process.stderr.write(summary.report + '\n');
      }
      const deferred = server.store.deferredDeskIndexes().length;
      // not built here: a bulk import may be writing right now, and a build would hold the write lock for minutes
      if (deferred) {
        process.stderr.write(
          `note: ${deferred} desk indexes are down while a bulk import runs (or since one was stopped): the desk answers, ` +
            'more slowly, until that `rasd ingest` ends (run it again if it was stopped)\n',
        );
      }
      process.stdout.write(`rasd desk: ${server.url}  (database: ${dbPath()}; Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
