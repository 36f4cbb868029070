// Fake feed pages for folding (issue 17), one per platform, modelled on the platform's own markup (the containers
// its file in src/core/platforms names, the link forms its pages use). Each page mixes his posts, a post of a
// look-alike handle, a friend's post that mentions him, his comment under a friend's post and his card among
// friends' posts; more arrive by script after load, on scroll and with an in-page route change (pushState).
// What must be folded carries `data-t="his"` on its content, what must stay `data-t="keep"`: the tests (and
// the frame counter below) read those, the extension never does.

export interface Person {
  /** His handle in this platform's links. */
  him: string;
  /** A handle that contains his and is someone else's. */
  lookAlike: string;
}

interface Post {
  id: string;
  author: string;
  text: string;
  /** Content marker: `his` must fold, `keep` must show. */
  t: 'his' | 'keep';
  mention?: string;
  comment?: { author: string; text: string; t: 'his' | 'keep' };
}

export interface FeedModel {
  host: string;
  people: Person;
  /** The link to a profile, as the platform writes it. */
  profile(handle: string): string;
  post(p: Post, body: string): string;
  comment(author: string, body: string): string;
  /** A story in the tray or a "suggested for you" card; `body` has the link to the profile. */
  card(handle: string, body: string): string;
}

const a = (href: string, text: string) => `<a href="${href}">${text}</a>`;
/** A post id in digits (`b1` → `981`), for platforms whose permalinks are numbers. */
const digits = (id: string) => id.replace(/[a-z]/g, (c) => String(c.charCodeAt(0)));

export const FEED_MODELS: Record<string, FeedModel> = {
  instagram: {
    host: 'www.instagram.com',
    people: { him: 'kai.morgan', lookAlike: 'kai.morgan.art' },
    profile: (h) => `/${h}/`,
    post: (p, body) => `<article class="x1iyjqo2">${body}<a href="/p/${p.id}/">${p.id}</a></article>`,
    comment: (_, body) => `<ul class="comments"><div><li>${body}</li></div></ul>`,
    // The stories tray: each story links to /stories/<name>/.
    card: (h, body) => `<ul class="tray"><li><a href="/stories/${h}/">story</a>${body}</li></ul>`,
  },
  x: {
    host: 'x.com',
    people: { him: 'kaimorgan', lookAlike: 'kaimorgan_art' },
    profile: (h) => `/${h}`,
    post: (p, body) =>
      `<div data-testid="cellInnerDiv"><article data-testid="tweet">${body}<a href="/${p.author}/status/${digits(p.id)}">·</a></article></div>`,
    comment: (_, body) =>
      `<div data-testid="cellInnerDiv"><article data-testid="tweet">${body}</article></div>`,
    card: (_, body) => `<div data-testid="UserCell">${body}</div>`,
  },
  facebook: {
    host: 'www.facebook.com',
    people: { him: 'kai.morgan.77', lookAlike: 'kai.morgan.77.art' },
    profile: (h) => `/${h}`,
    post: (p, body) => `<div aria-posinset="1"><div>${body}<a href="/posts/${p.id}">·</a></div></div>`,
    comment: (_, body) => `<div role="article" aria-label="Comment">${body}</div>`,
    card: (_, body) => `<div role="list"><div role="listitem">${body}</div></div>`,
  },
  threads: {
    host: 'www.threads.com',
    people: { him: 'kai.morgan', lookAlike: 'kai.morgan.art' },
    profile: (h) => `/@${h}`,
    post: (p, body) =>
      `<div data-pressable-container="true">${body}<a href="/@${p.author}/post/${p.id}">·</a></div>`,
    comment: (_, body) => `<div data-pressable-container="true">${body}</div>`,
    card: (_, body) => `<ul><li>${body}</li></ul>`,
  },
  tiktok: {
    host: 'www.tiktok.com',
    people: { him: 'kaimorgan', lookAlike: 'kaimorgan.art' },
    profile: (h) => `/@${h}`,
    post: (p, body) =>
      `<div data-e2e="recommend-list-item-container">${body}<a href="/@${p.author}/video/${digits(p.id)}">·</a></div>`,
    comment: (_, body) => `<div data-e2e="comment-item">${body}</div>`,
    card: (_, body) => `<div data-e2e="suggest-user-card">${body}</div>`,
  },
  youtube: {
    host: 'www.youtube.com',
    people: { him: 'kaimorgan', lookAlike: 'kaimorganart' },
    profile: (h) => `/@${h}`,
    post: (p, body) =>
      `<ytd-rich-item-renderer><div id="content">${body}<a href="/watch?v=${p.id}">·</a></div></ytd-rich-item-renderer>`,
    comment: (_, body) => `<ytd-comment-view-model>${body}</ytd-comment-view-model>`,
    card: (_, body) => `<ytd-channel-renderer>${body}</ytd-channel-renderer>`,
  },
  linkedin: {
    host: 'www.linkedin.com',
    people: { him: 'kai-morgan', lookAlike: 'kai-morgan-art' },
    profile: (h) => `/in/${h}/`,
    post: (p, body) =>
      `<div data-urn="urn:li:activity:${digits(p.id)}" class="feed-shared-update-v2">${body}<a href="/feed/update/${p.id}/">·</a></div>`,
    comment: (_, body) => `<article class="comments-comment-item">${body}</article>`,
    card: (_, body) => `<ul><li class="discover-entity-type-card">${body}</li></ul>`,
  },
  reddit: {
    host: 'www.reddit.com',
    people: { him: 'kaimorgan', lookAlike: 'kaimorgan_art' },
    profile: (h) => `/user/${h}/`,
    post: (p, body) =>
      `<shreddit-post post-id="${p.id}">${body}<a href="/r/pics/comments/${p.id}/">·</a></shreddit-post>`,
    comment: (_, body) => `<shreddit-comment>${body}</shreddit-comment>`,
    card: (_, body) => `<ul><li>${body}</li></ul>`,
  },
  // bsky.app draws its views with react-native-web: a component's testID is its `data-testid`, the author's
  // handle in it (feedItem-by-<handle>, postThreadItem-by-<handle>, user-<handle>); links are /profile/<handle>.
  bluesky: {
    host: 'bsky.app',
    people: { him: 'kaimorgan.bsky.social', lookAlike: 'kaimorgan-art.bsky.social' },
    profile: (h) => `/profile/${h}`,
    post: (p, body) =>
      `<div data-testid="feedItem-by-${p.author}">${body}<a href="/profile/${p.author}/post/${p.id}">·</a></div>`,
    comment: (author, body) => `<div data-testid="postThreadItem-by-${author}">${body}</div>`,
    card: (h, body) => `<div data-testid="user-${h}">${body}</div>`,
  },
};

/** The handles the spec lists, per platform, as the options page would store them (canonical). */
export const HIS_PROFILES: Record<string, string> = {
  instagram: 'kai.morgan',
  x: 'kaimorgan',
  facebook: 'kaimorgan77',
  threads: 'kai.morgan',
  tiktok: 'kaimorgan',
  youtube: 'kaimorgan',
  linkedin: 'kai-morgan',
  reddit: 'kaimorgan',
  bluesky: 'kaimorgan.bsky.social',
};

function renderPost(m: FeedModel, p: Post): string {
  const author = a(m.profile(p.author), p.author);
  const mention = p.mention ? ` with ${a(m.profile(p.mention), `@${p.mention}`)}` : '';
  const comment = p.comment
    ? m.comment(
        p.comment.author,
        `${a(m.profile(p.comment.author), p.comment.author)} <span data-t="${p.comment.t}">${p.comment.text}</span> ${a(`?comment=${p.id}`, '·')}`,
      )
    : '';
  // A post that mentions him is about him: all of it folds, its author's part too.
  return m.post(p, `<header>${author}</header><p data-t="${p.t}">${p.text}${mention}</p>${comment}`);
}

/**
 * One batch of items: friends' posts, and among them his post, the look-alike's, a friend's mentioning him, his
 * comment under a friend's post (each with its permalink, as on the platforms), and his card (the same in every
 * batch: shown again, it is one reminder). `his` is how many must fold.
 */
export function batch(m: FeedModel, tag: string, friends = 8): { html: string; his: number } {
  const { him, lookAlike } = m.people;
  const card = (h: string, t: string) =>
    m.card(h, `${a(m.profile(h), h)} <span data-t="${t}">${h}'s card ${tag}</span>`);
  const items: string[] = [card(him, 'his')];
  const posts: Post[] = [
    { id: `${tag}1`, author: him, text: `His post ${tag}`, t: 'his' },
    { id: `${tag}2`, author: lookAlike, text: `Look-alike's post ${tag}`, t: 'keep' },
    { id: `${tag}3`, author: 'friend.one', text: `Friend's post ${tag}`, t: 'his', mention: him },
    {
      id: `${tag}4`,
      author: 'friend.two',
      text: `Friend's photo ${tag}`,
      t: 'keep',
      comment: { author: him, text: `His comment ${tag}`, t: 'his' },
    },
  ];
  for (let i = 0; i < friends; i++)
    posts.push({ id: `${tag}9${i}`, author: `friend.${i}`, text: `Friend ${i}'s post ${tag}`, t: 'keep' });
  items.push(card('friend.three', 'keep'));
  for (const p of posts) items.push(renderPost(m, p));
  return { html: items.join('\n'), his: 4 };
}

/** How many items fold per batch (his card, post, comment; the friend's post that mentions him). */
export const HIS_PER_BATCH = batch(FEED_MODELS.x as FeedModel, 'n').his;

/** Reminders counted for a page that showed `batches` batches: his card counts once. */
export const countedFor = (batches: number): number => batches * (HIS_PER_BATCH - 1) + 1;

/**
 * The page: a first batch in the HTML, a second inserted by script on top once loaded, a third at the end when she
 * scrolls, and an in-page route change (`#next`, pushState) that replaces the feed with a fourth.
 */
export function platformFeedPage(host: string): string {
  const m = Object.values(FEED_MODELS).find((model) => model.host === host || `www.${host}` === model.host);
  if (!m) return '<!doctype html><title>no feed</title>';
  const later = { load: batch(m, 'b').html, scroll: batch(m, 'c').html, route: batch(m, 'd').html };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>FEED</title>
<style>body{font:14px system-ui;margin:0} main{max-width:500px;margin:0 auto} .spacer{height:3000px}
article,[aria-posinset],[data-pressable-container],[data-testid=cellInnerDiv],ytd-rich-item-renderer,shreddit-post,
[data-urn],[data-e2e=recommend-list-item-container]{display:block;border:1px solid #ccc;margin:8px;padding:8px}</style>
</head><body><nav><a id="next" href="/nc-feed/next">Next</a></nav>
<main role="feed" id="feed">${batch(m, 'a').html}</main><div class="spacer"></div>
<script>
const later = ${JSON.stringify(later)};
const feed = document.getElementById('feed');
const add = (html, where = 'beforeend') => feed.insertAdjacentHTML(where, html);
// New posts arrive on top once loaded (as timelines show them), older ones at the end as she scrolls.
addEventListener('load', () => requestAnimationFrame(() => { add(later.load, 'afterbegin'); window.__loaded = true; }));
let scrolled = false;
addEventListener('scroll', () => {
  if (scrolled || scrollY < 200) return;
  scrolled = true;
  add(later.scroll);
  window.__scrolled = true;
});
document.getElementById('next').addEventListener('click', (e) => {
  e.preventDefault();
  history.pushState({}, '', '/nc-feed/next');
  feed.innerHTML = later.route;
  window.__routed = true;
});
</script></body></html>`;
}

// Counts, in the page, the animation frames in which any content marked `his` was rendered: a preload script
// (like frame-counter.ts) whose requestAnimationFrame loop runs before each frame is drawn.
export const hisFrameCounter = `(() => {
  window.__hisFrames = 0;
  const shown = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  const tick = () => {
    if (document.querySelector('[data-t="his"]') && [...document.querySelectorAll('[data-t="his"]')].some(shown))
      window.__hisFrames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
