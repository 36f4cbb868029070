// Her browser speaks French or Brazilian Portuguese, and so does No Contact: the options page takes a name on a
// site written her way ("@nom sur instagram.com"), the popup counts by her language's plural rules (French and
// Portuguese say "0 jour", "0 dia"), and the interstitial shows the default plan in her words. Chromium in both
// languages; Firefox in French (Debian's firefox-esr-l10n-fr, which .ci/run installs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from './harness/browsers';
import { DAY, daysAgo } from './harness/dates';
import { isInterstitial } from './harness/interstitial';
import { endSession, startSession, type TestSession } from './harness/session';
import { typeInto, waitForText } from './harness/ui';

const PROFILE = 'https://www.instagram.com/sam.rivers_/';

interface Language {
  lang: string;
  title: string;
  profileLink: string;
  typed: string;
  added: RegExp;
  noUrges: string;
  heading: string;
  planFirstLine: string;
  streak: string;
}

const FRENCH: Language = {
  lang: 'fr',
  title: 'No Contact — paramètres',
  profileLink: 'Lien du profil',
  typed: '@sam.rivers_ sur instagram.com',
  added: /^Ajouté\u00a0: Instagram · @sam\.rivers_/,
  noUrges: '0 envie surmontée ces 14 derniers jours.',
  heading: 'Tu fais ça pour toi.',
  planFirstLine: 'De la patience et un plan.',
  streak: '10 jours sans contact',
};

const BRAZILIAN: Language = {
  lang: 'pt-BR',
  title: 'No Contact — configurações',
  profileLink: 'Link do perfil',
  typed: '@sam.rivers_ no instagram.com',
  added: /^Adicionado: Instagram · @sam\.rivers_/,
  noUrges: '0 vontade superada nos últimos 14 dias.',
  heading: 'Você está fazendo isso por você.',
  planFirstLine: 'Paciência e um plano.',
  streak: '10 dias sem contato',
};

const CASES: [BrowserName, Language][] = [
  ['chromium', FRENCH],
  ['chromium', BRAZILIAN],
  ['firefox', FRENCH],
];

describe.each(CASES)('%s in %s', (name, language) => {
  let session: TestSession;

  beforeAll(async () => {
    session = await startSession(name, { lang: language.lang });
    await session.tb.seedStorage({
      events: [{ type: 'start', at: Date.now() - 20 * DAY, since: daysAgo(10) }],
      plan: { text: null, reasons: [], goalDays: 14, friend: { name: '', link: '' } },
    });
    await session.tb.page.bringToFront();
  });
  afterAll(() => endSession(session));

  it('options: her language, and a name on a site written her way', async () => {
    const { tb } = session;
    await tb.openExtensionPage('options.html');
    await waitForText(tb.page, 'h1', /./);
    expect(await tb.page.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
      language.lang,
      language.title,
    ]);
    await typeInto(tb.page, language.profileLink, language.typed);
    await tb.page.keyboard.press('Enter');
    expect(await waitForText(tb.page, '[data-testid="profile-status"]', language.added)).toMatch(
      language.added,
    );
  });

  it('popup: counts by her language’s plural rules', async () => {
    const { tb } = session;
    await tb.openExtensionPage('popup.html');
    const chart = await tb.page.waitForSelector('[data-testid="urge-chart"]', { timeout: 10_000 });
    expect(await chart?.evaluate((el) => el.getAttribute('aria-label'))).toBe(language.noUrges);
  });

  it('interstitial: her plan and her streak in her words', async () => {
    const { tb } = session;
    await tb.navigate(tb.page, PROFILE);
    await tb.waitForUrl(tb.page, isInterstitial);
    expect(await waitForText(tb.page, 'h1', /./)).toBe(language.heading);
    expect(await waitForText(tb.page, '[data-testid="plan-text"]', /./)).toMatch(
      new RegExp(`^${language.planFirstLine}`),
    );
    expect(await tb.page.$eval('.streak', (el) => el.getAttribute('aria-label'))).toBe(language.streak);
    await tb.screenshot(tb.page, `interstitial-${language.lang}`);
  });
});
