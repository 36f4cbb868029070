/** Runs every benchmark in turn: `npm run bench` (builds first). */
import { runBundleSizeBench } from './bundle-size';
import { runInterceptionBench } from './interception';
import { runMatchBench, runSearchBench } from './match';
import { formatPopupPaint, runPopupPaintBench } from './popup-paint';

runBundleSizeBench();
await runMatchBench();
runSearchBench();
console.log(formatPopupPaint(await runPopupPaintBench()));
await runInterceptionBench();
