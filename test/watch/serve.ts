/**
 * The watch test site on its own, for trying `rasd watch examples/sources.json` by hand:
 *   node --import tsx test/watch/serve.ts [--port 8754] [--slow-ms 30000]
 * examples/sources.json points at http://127.0.0.1:8754/ (its baseUrl); another port needs --base-url.
 */
import { startFixtureServer } from './server.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const server = await startFixtureServer({ port: arg('--port', 8754), slowMs: arg('--slow-ms', 30_000) });
process.stdout.write(`watch test site: ${server.url}  (Ctrl-C to stop)\n`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
