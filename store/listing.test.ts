import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { domainsOfPatterns } from '../src/core/platform-hosts';
import { breaksFrenchSpacing, type Catalogue } from '../src/i18n/catalogue-problems';
import { apiPermissions, manifest } from './manifests';

/** The store listing texts (store/listing/<locale>.md) checked against the catalogues and the manifests. */

const ROOT = join(__dirname, '..');
const SECTIONS = [
  'Summary',
  'Description',
  'Single purpose',
  'Permissions',
  'Host permissions',
  'Remote code',
  'Data use',
] as const;
type Section = (typeof SECTIONS)[number];

interface Listing {
  title: string;
  headings: string[];
  sections: Partial<Record<Section, string>>;
}

function parseListing(markdown: string): Listing {
  const [head = '', ...rest] = markdown.split(/^## /m);
  const sections: Listing['sections'] = {};
  const headings: string[] = [];
  for (const part of rest) {
    const [heading = '', ...body] = part.split('\n');
    headings.push(heading.trim());
    sections[heading.trim() as Section] = body.join('\n').trim();
  }
  return { title: head.replace(/^# /, '').trim(), headings, sections };
}

const catalogue = (locale: string): Catalogue =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));
const listing = (locale: string) =>
  parseListing(readFileSync(join(ROOT, 'store/listing', `${locale}.md`), 'utf8'));
const message = (locale: string, key: string) => catalogue(locale)[key]?.message ?? `<no ${key}>`;

const LOCALES = readdirSync(join(ROOT, 'public/_locales')).sort();

describe('store listings', () => {
  it('exist for every catalogue', () => {
    expect(
      readdirSync(join(ROOT, 'store/listing'))
        .filter((f) => f.endsWith('.md'))
        .sort(),
    ).toEqual(LOCALES.map((l) => `${l}.md`));
  });

  it.each(LOCALES)('%s has every section, in order', (locale) => {
    expect(listing(locale).headings).toEqual([...SECTIONS]);
    for (const section of SECTIONS)
      expect([section, listing(locale).sections[section] !== '']).toEqual([section, true]);
  });

  it.each(LOCALES)('%s takes its name and summary from the catalogue (the manifest shows them)', (locale) => {
    const { title, sections } = listing(locale);
    expect(title).toBe(message(locale, 'extName'));
    expect(sections.Summary).toBe(message(locale, 'extDescription'));
  });

  it.each(LOCALES)('%s fits the stores: description up to 16,000 characters', (locale) => {
    expect(listing(locale).sections.Description?.length).toBeLessThanOrEqual(16_000);
  });

  it.each(LOCALES)('%s quotes the interface as it reads in that language', (locale) => {
    const { sections } = listing(locale);
    expect(sections.Description).toContain(message(locale, 'goThroughPhrase'));
    expect(sections.Description).toContain(message(locale, 'contactButton'));
    expect(sections.Permissions).toContain(message(locale, 'blockThisProfile'));
  });

  it.each(LOCALES)('%s says why for exactly the permissions the builds ask for', async (locale) => {
    const bullets = [
      ...(listing(locale).sections.Permissions ?? '').matchAll(/^- `([^`]+)`[^:]*:\s*(.+)$/gm),
    ];
    expect(bullets.map((b) => b[1]).sort()).toEqual(await apiPermissions());
    for (const [, name, why] of bullets) expect([name, (why ?? '').length > 20]).toEqual([name, true]);
  });

  it.each(LOCALES)(
    '%s names every site with host access, and the optional access for the rest',
    async (locale) => {
      const text = listing(locale).sections['Host permissions'] ?? '';
      const chrome = await manifest({ browser: 'chrome', manifestVersion: 3 });
      for (const domain of domainsOfPatterns(chrome.host_permissions ?? []))
        expect([domain, text.includes(domain)]).toEqual([domain, true]);
      for (const pattern of chrome.optional_host_permissions ?? [])
        expect([pattern, text.includes(`\`${pattern}\``)]).toEqual([pattern, true]);
    },
  );

  it('French keeps a no-break space before : ; ? ! and inside « »', () => {
    const { sections } = listing('fr');
    expect(SECTIONS.filter((s) => breaksFrenchSpacing(sections[s] ?? ''))).toEqual([]);
  });
});
