// What the store screenshots show: one fixed evening and a made-up record around it, the same on every run.

/** The evening the screenshots are taken, in UTC (the pages run in UTC too): Thursday 14 March 2030, 20:30. */
export const SCREENSHOT_NOW = Date.UTC(2030, 2, 14, 20, 30);
export const SCREENSHOT_TIME_ZONE = 'UTC';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** `YYYY-MM-DD`, `days` before the screenshots' day. */
function dayBefore(days: number): string {
  return new Date(SCREENSHOT_NOW - days * DAY).toISOString().slice(0, 10);
}

/** `days` ago, `minutes` after 18:30. */
const evening = (days: number, minutes = 0) => SCREENSHOT_NOW - days * DAY - 2 * HOUR + minutes * 60_000;

const profile = (id: string, platform: string, handle: string, input: string) => ({
  id,
  target: { kind: 'profile', platform, handle },
  input,
  addedAt: SCREENSHOT_NOW - 20 * DAY,
  paused: false,
});

/** The profile the interstitial screenshot heads for. */
export const SCREENSHOT_PROFILE_URL = 'https://www.instagram.com/sam.rivers_/';
/** A profile not on her list: the popup offers to block it. */
export const SCREENSHOT_UNLISTED_URL = 'https://www.instagram.com/alex.k/';

/** Her plan in her own words, short enough for the whole page to fit the frame. */
const PLANS: Record<string, string> = {
  en: 'Call Ana instead.\nWalk by the river.\nSleep: it will look different in the morning.',
  es: 'Llamar a Ana.\nPasear junto al río.\nDormir: mañana lo veré distinto.',
  fr: 'Appeler Ana à la place.\nMarcher au bord de la rivière.\nDormir\u00a0: demain, ça ira mieux.',
  de: 'Stattdessen Ana anrufen.\nAm Fluss spazieren gehen.\nSchlafen: Morgen sieht es anders aus.',
  pt_BR: 'Ligar para a Ana.\nCaminhar na beira do rio.\nDormir: amanhã vai parecer diferente.',
};

/**
 * Her record as stored (`storage.local`): him (Sam) on three sites and his best friend, a short plan in her
 * language, a friend to call, ten days without contact towards a 30-day goal, two weeks of urges
 * turned back with one slip, and a pause of his friend's profile waiting out the delay.
 */
export function screenshotStorage(locale: string): Record<string, unknown> {
  const urges = [13, 12, 12, 10, 9, 7, 7, 7, 5, 4, 3, 3, 2, 1, 1, 1, 0].map((days, i) => ({
    type: 'urge',
    at: evening(days, i),
    visit: `v${i}`,
  }));
  return {
    people: [
      {
        id: 'p1',
        name: 'Sam',
        paused: false,
        profiles: [
          profile('pr1', 'instagram', 'sam.rivers_', SCREENSHOT_PROFILE_URL),
          profile('pr2', 'x', 'sam_rivers', 'https://x.com/sam_rivers'),
          profile('pr3', 'tiktok', 'samrivers', 'https://www.tiktok.com/@samrivers'),
        ],
      },
      {
        id: 'p2',
        name: 'Jordan',
        paused: false,
        profiles: [profile('pr4', 'instagram', 'jordan.m', 'https://www.instagram.com/jordan.m/')],
      },
    ],
    plan: {
      text: PLANS[locale] ?? PLANS.en,
      reasons: [],
      goalDays: 30,
      friend: { name: 'Ana', link: '+15555550123' },
    },
    settings: { countdownSeconds: 30, allowanceMinutes: 10, strict: false, delayHours: 24 },
    events: [
      { type: 'start', at: SCREENSHOT_NOW - 10 * DAY, since: dayBefore(10) },
      ...urges,
      { type: 'slip', at: evening(5, 40), visit: 'v8' },
    ],
    slipAnswers: [{ slip: 'v8', contacted: false, at: evening(4) }],
    journal: [],
    pending: [
      {
        id: 'c1',
        kind: 'pause-profile',
        payload: { profileId: 'pr4' },
        requestedAt: SCREENSHOT_NOW - 4 * HOUR,
        effectiveAt: SCREENSHOT_NOW + 20 * HOUR,
      },
    ],
    meta: { installedAt: SCREENSHOT_NOW - 20 * DAY, installDay: dayBefore(20) },
  };
}
