import type { Platform } from '../target';
import { blueskyDnr } from './bluesky';
import { facebookDnr } from './facebook';
import { gmailDnr } from './gmail';
import { instagramDnr } from './instagram';
import { linkedinDnr } from './linkedin';
import { mastodonDnr } from './mastodon';
import { outlookDnr } from './outlook';
import { pinterestDnr } from './pinterest';
import { redditDnr } from './reddit';
import { snapchatDnr } from './snapchat';
import { spotifyDnr } from './spotify';
import { stravaDnr } from './strava';
import { telegramDnr, telegramNumberDnr } from './telegram';
import { threadsDnr } from './threads';
import { tiktokDnr } from './tiktok';
import { tumblrDnr } from './tumblr';
import { twitchDnr } from './twitch';
import type { DnrShape } from './types';
import { venmoDnr } from './venmo';
import { whatsappDnr } from './whatsapp';
import { xDnr } from './x';
import { yahooMailDnr } from './yahoo-mail';
import { youtubeDnr } from './youtube';

/**
 * Each platform's profile URLs as declarativeNetRequest regexes (see `DnrShape`), written in the
 * platform's own file. Only the background's rule compiler (dnr-rules.ts) imports this list; the
 * platforms write their shapes as functions, so pages and the in-page script, which read URLs but make no
 * rules, neither carry nor run them.
 */
export const DNR_SHAPES: Readonly<Record<Platform, readonly DnrShape[]>> = {
  instagram: instagramDnr(),
  threads: threadsDnr(),
  x: xDnr(),
  facebook: facebookDnr(),
  tiktok: tiktokDnr(),
  linkedin: linkedinDnr(),
  youtube: youtubeDnr(),
  reddit: redditDnr(),
  snapchat: snapchatDnr(),
  bluesky: blueskyDnr(),
  strava: stravaDnr(),
  spotify: spotifyDnr(),
  venmo: venmoDnr(),
  pinterest: pinterestDnr(),
  twitch: twitchDnr(),
  tumblr: tumblrDnr(),
  mastodon: mastodonDnr(),
  telegram: telegramDnr(),
};

/**
 * His number's chat links and his address's compose windows, from the chat and mail apps' files. Signal's and
 * Proton Mail's links keep them in the fragment, which no request carries: the navigation layer acts there.
 */
export const CONTACT_DNR_SHAPES: Readonly<Record<'phone' | 'email', readonly DnrShape[]>> = {
  phone: [...whatsappDnr(), ...telegramNumberDnr()],
  email: [...gmailDnr(), ...outlookDnr(), ...yahooMailDnr()],
};
