import { launchBrowser } from './harness/browsers';
import { startFakeSite } from './harness/fake-site';
import { button } from './harness/ui';

const PROFILE = 'https://www.instagram.com/sam.rivers_/';
const site = await startFakeSite({ port: 0 });
const tb = await launchBrowser('chromium', { site, extensionDir: '/work/main/.output-interstitial/chrome-mv3' });
try {
  await tb.waitForExtensionReady();
  await tb.seedStorage({
    people: [{ id: 'p1', name: 'Sam', profiles: [{ id: 'a', target: { kind: 'profile', platform: 'instagram', handle: 'sam.rivers_' }, input: PROFILE, addedAt: 0, paused: false }] }],
  });
  tb.page.on('console', (m) => console.log('PAGE', m.type(), m.text()));
  tb.page.on('pageerror', (e) => console.log('PAGEERR', e));
  await tb.navigate(tb.page, 'https://www.instagram.com/');
  await tb.navigate(tb.page, PROFILE);
  console.log(await tb.currentUrl(tb.page));
  await new Promise((r) => setTimeout(r, 1000));
  console.log(await tb.page.evaluate(() => [document.activeElement?.outerHTML.slice(0, 80), document.hasFocus(), [...document.querySelectorAll('button, a.button')].map((b) => b.textContent)]));
  const hostile = `${PROFILE}"><img src=x onerror="window.__xss=3"><script>window.__xss=4</script>`;
  await tb.navigate(tb.page, 'https://www.instagram.com/');
  await tb.openExtensionPage(`interstitial.html#${hostile}`);
  console.log('opened', await tb.currentUrl(tb.page));
  await new Promise((r) => setTimeout(r, 1000));
  console.log(await tb.page.evaluate(() => document.body.innerHTML.slice(0, 300)));
  const { readFileSync } = await import('node:fs');
  const src = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  console.log('axe len', src.length);
  await tb.page.evaluate(src);
  console.log('axe injected');
  console.log(await tb.page.evaluate(async () => { const r = await (window as any).axe.run(document, { resultTypes: ['violations'] }); return r.violations.map((v: any) => v.id); }));
} finally {
  await tb.close();
  await site.close();
}
