/** Runs every benchmark in turn: `npm run bench` (builds first). */
import { runBundleSizeBench } from './bundle-size';
import { runMatchBench } from './match';

runBundleSizeBench();
await runMatchBench();
