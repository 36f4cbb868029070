// A long feed for the paint-cost bench: `posts` posts, each an <article> with its author's link, avatar, text, a
// picture (a coloured block, so no request) and a row of actions, about what a social site's home feed carries.

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:0;background:#fafafa}
main{max-width:470px;margin:0 auto}
article{background:#fff;border:1px solid #dbdbdb;border-radius:8px;margin:12px 0}
header{display:flex;align-items:center;gap:8px;padding:8px}
.avatar{width:32px;height:32px;border-radius:50%;background:#d6c}
.picture{aspect-ratio:1;background:linear-gradient(135deg,#9ab,#cde)}
footer{display:flex;gap:12px;padding:8px}
footer button{border:0;background:none;font:inherit}`;

/** His posts among them: every `every`-th post is by `handle` (the folding bench). */
export interface HisPosts {
  handle: string;
  every: number;
}

function post(i: number, his?: HisPosts): string {
  const author = his && i % his.every === 0 ? his.handle : `friend.${i % 37}`;
  return `<article data-post="${i}"><header><div class="avatar" role="img" aria-label="${author}"></div>
<a href="/${author}/">${author}</a><time datetime="2026-11-30">${(i % 23) + 1}h</time></header>
<div class="picture" role="img" aria-label="photo ${i}"></div>
<footer><button type="button">Like</button><button type="button">Comment</button><button type="button">Share</button></footer>
<p><a href="/${author}/">${author}</a> ${escapeHtml(`Post number ${i}: a day out, a good coffee, friends.`)}</p></article>`;
}

/** `count` posts from the `from`-th on. */
export const feedPosts = (count: number, from = 0, his?: HisPosts): string =>
  Array.from({ length: count }, (_, i) => post(from + i, his)).join('\n');

export function feedPage(posts: number, his?: HisPosts): string {
  const items = feedPosts(posts, 0, his);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>FEED</title><style>${STYLE}</style></head>
<body><main id="feed" role="feed">${items}</main></body></html>`;
}

/** The number of posts asked for (`?posts=`), within reason. */
export const feedSize = (url: URL): number =>
  Math.min(Math.max(Number(url.searchParams.get('posts')) || 30, 1), 1000);

/** His posts asked for: `?his=<handle>&every=<n>`. */
export function hisPosts(url: URL): HisPosts | undefined {
  const handle = url.searchParams.get('his');
  const every = Number(url.searchParams.get('every')) || 10;
  return handle ? { handle, every: Math.max(1, every) } : undefined;
}
