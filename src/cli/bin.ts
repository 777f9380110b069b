// Entry point of the `rasd` command (bin/rasd.js runs the compiled copy of this file).
import { main } from './main.js';

await main(process.argv);
