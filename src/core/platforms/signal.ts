import { decodeSegment } from '../normalize';
import { channelReading, phoneInUrl } from './addressing';
import type { ChannelRules, Reading, UrlView } from './types';

/**
 * Signal's chat links keep the number in the fragment, `signal.me/#p/+34600000000`, so the request to
 * signal.me never carries it (and no request rule can see it: the background acts on the navigation instead).
 * `#eu/…` links name a user name by a hash, never a number.
 */
function readSignal({ url }: UrlView): Reading {
  const found = /^#p\/(.+)$/i.exec(url.hash);
  const phone = phoneInUrl(found?.[1] && decodeSegment(found[1]));
  return channelReading(phone === undefined ? [] : [phone], []);
}

export const signal: ChannelRules = { name: 'Signal', domains: ['signal.me'], read: readSignal };
