import { afterAt, HOME, OTHER, PAGE, POST, profileReading, word } from './reading';
import type { PlatformRules, Reading, UrlView } from './types';

/** YouTube handles: letters (any script), digits, `.`, `_`, `-` and `·`, case-insensitive. */
function canonicalYouTubeHandle(raw: string): string | undefined {
  const handle = raw.toLowerCase();
  return /^[\p{L}\p{N}\p{M}._·-]{1,100}$/u.test(handle) ? handle : undefined;
}

const POSTS = new Set(['watch', 'shorts', 'embed', 'live', 'clip']);
/** Channel links by id or legacy name: not a handle, but a page worth blocking as a site target. */
const CHANNELS = new Set(['channel', 'c', 'user']);

function readYouTube({ segments }: UrlView): Reading {
  const first = word(segments, 0);
  if (first === undefined) return HOME;
  const handle = afterAt(segments[0]);
  if (handle !== undefined) return profileReading(handle, canonicalYouTubeHandle);
  if (POSTS.has(first)) return POST;
  return CHANNELS.has(first) ? OTHER : PAGE;
}

export const youtube: PlatformRules = {
  platform: 'youtube',
  name: 'YouTube',
  domains: ['youtube.com'],
  canonicalHandle: canonicalYouTubeHandle,
  read: readYouTube,
  profileUrl: (handle) => `https://www.youtube.com/@${encodeURIComponent(handle)}`,
  display: (handle) => `@${handle}`,
  // /results?search_query=…, on www. and m.
  search: [{ path: 'any', params: ['search_query'] }],
  alsoCovers: () => ({ hosts: ['m.youtube.com'], features: ['subpages'] }),
};
