// The fake Instagram's Direct: the inbox and its threads, addressed by thread id as the real app does, so the
// address never names the person. The app draws a thread a frame after it loads or after a click in the inbox
// (history.pushState), its header (the markup of src/core/platforms/instagram.ts) linking to the person's profile.

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Thread id → who it is with. */
export const DIRECT_THREADS: Readonly<Record<string, { handle: string; name: string }>> = {
  '340282366841710300949128': { handle: 'kai.morgan', name: 'Kai Morgan' },
  '340282366841710300949129': { handle: 'sam.rivers_', name: 'Sam Rivers' },
};

export const directThreadOf = (handle: string): string => {
  const id = Object.keys(DIRECT_THREADS).find((key) => DIRECT_THREADS[key]?.handle === handle);
  if (!id) throw new Error(`no Direct thread with ${handle}`);
  return `/direct/t/${id}/`;
};

/** `/direct/inbox/` and `/direct/t/<id>/`: one app page that draws what its address says. */
export function directPage(): string {
  const threads = Object.entries(DIRECT_THREADS)
    .map(
      ([id, who]) =>
        `<li><a class="thread" data-handle="${escapeHtml(who.handle)}" href="/direct/t/${id}/">${escapeHtml(who.name)}</a></li>`,
    )
    .join('');
  const script = `const threads = ${JSON.stringify(DIRECT_THREADS).replace(/</g, '\\u003c')};
const app = document.getElementById('app');
const esc = (s) => s.replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
const draw = () => {
  const id = (location.pathname.match(/^\\/direct\\/t\\/([^/]+)/) || [])[1];
  const who = id && threads[id];
  app.innerHTML = who
    ? '<div role="main"><header><a href="/' + esc(who.handle) + '/"><span class="avatar"></span></a>'
      + '<a href="/' + esc(who.handle) + '/"><h2>' + esc(who.name) + '</h2></a></header>'
      + '<section id="conversation"><p>Hey, are you up?</p></section></div>'
    : '<div role="main"><h1 id="inbox">Messages</h1><ul>${threads.replace(/'/g, "\\'")}</ul></div>';
};
// The app's code draws a frame after the page loads, as a real app does once its scripts ran.
requestAnimationFrame(draw);
document.addEventListener('click', (e) => {
  const link = e.target.closest('a.thread');
  if (!link) return;
  e.preventDefault();
  history.pushState({}, '', link.getAttribute('href'));
  draw();
});
window.addEventListener('popstate', draw);`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>DIRECT</title>
<style>.avatar{display:inline-block;width:40px;height:40px;border-radius:50%;background:#c9a}</style></head>
<body><div id="app"></div><script>${script}</script></body></html>`;
}
