#!/usr/bin/env node
// The built CLI (npm ci runs `prepare`, which compiles src/ to dist/).
import { main } from '../dist/cli/main.js';

await main(process.argv);
