/** Runs every benchmark in turn: `npm run bench` (builds first). */
import { BROWSERS } from '../e2e/harness/browsers';
import { runBundleSizeBench } from './bundle-size';
import { runScriptCostBench } from './content-script-cost';
import { runFoldCostBench } from './feed-fold-cost';
import { runInterceptionBench } from './interception';
import { runMatchBench, runSearchBench } from './match';
import { runPaintCostBench } from './paint-cost';
import { formatPopupPaint, runPopupPaintBench } from './popup-paint';

/** `BENCH_ONLY=paint,script` runs only those (names below); all of them by default. */
const only = process.env.BENCH_ONLY?.split(',');
const wanted = (name: string) => !only || only.includes(name);

if (wanted('bundle')) runBundleSizeBench();
if (wanted('match')) await runMatchBench();
if (wanted('search')) runSearchBench();
if (wanted('popup')) console.log(formatPopupPaint(await runPopupPaintBench()));
if (wanted('interception')) await runInterceptionBench();
if (wanted('paint')) await runPaintCostBench(BROWSERS);
if (wanted('script')) await runScriptCostBench(BROWSERS);
if (wanted('fold')) await runFoldCostBench(BROWSERS);
