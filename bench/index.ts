/** Runs every benchmark in turn: `npx tsx bench/index.ts` (or `npm run bench`). */
import { runMatchBench } from './match';

await runMatchBench();
