// A page of the fake site that tries, as any site could, to reach the extension: it loads each `u` address with
// fetch, <img> and <script>, frames `frame`, and looks for a channel to extension code from the page. The results
// land in `#probe-result` as JSON once every attempt has settled.

/** A string literal safe to embed inside an inline <script>. */
const jsString = (s: string): string => JSON.stringify(s).replace(/</g, '\\u003c');

export interface ProbeAttempt {
  url: string;
  /** `ok <status>` or `error`. */
  fetch: string;
  img: 'load' | 'error';
  script: 'load' | 'error';
}

export interface ProbeResult {
  attempts: ProbeAttempt[];
  /** `load` once the iframe's load event fired (error pages fire it too: tests look inside the frame). */
  frame: 'load' | 'none';
  /** `typeof chrome.runtime` / `typeof browser` as the page sees them. */
  chromeRuntime: string;
  browserGlobal: string;
}

export function probePage(urls: readonly string[], frame: string | null): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PROBE</title></head>
<body><h1 id="probe">PROBE</h1>
${frame === null ? '' : '<iframe id="frame" title="probe" width="600" height="400"></iframe>'}
<pre id="probe-result"></pre>
<script>
const urls = ${jsString(JSON.stringify(urls))};
const frameUrl = ${jsString(JSON.stringify(frame))};
const element = (tag, attr, url) => new Promise((resolve) => {
  const el = document.createElement(tag);
  el.onload = () => resolve('load');
  el.onerror = () => resolve('error');
  el[attr] = url;
  document.body.append(el);
});
const attempt = async (url) => ({
  url,
  fetch: await fetch(url).then((r) => 'ok ' + r.status, () => 'error'),
  img: await element('img', 'src', url),
  script: await element('script', 'src', url),
});
const framed = () => new Promise((resolve) => {
  const url = JSON.parse(frameUrl);
  if (url === null) return resolve('none');
  const iframe = document.getElementById('frame');
  iframe.onload = () => resolve('load');
  iframe.src = url;
});
Promise.all([Promise.all(JSON.parse(urls).map(attempt)), framed()]).then(([attempts, frame]) => {
  const g = globalThis;
  document.getElementById('probe-result').textContent = JSON.stringify({
    attempts,
    frame,
    chromeRuntime: typeof (g.chrome && g.chrome.runtime),
    browserGlobal: typeof g.browser,
  });
});
</script></body></html>`;
}

/** The probe page's address on `host`. */
export function probeUrl(host: string, urls: readonly string[], frame?: string): string {
  const query = new URLSearchParams();
  for (const u of urls) query.append('u', u);
  if (frame !== undefined) query.set('frame', frame);
  return `https://${host}/probe?${query}`;
}
