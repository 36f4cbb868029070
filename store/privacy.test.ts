import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiPermissions } from './manifests';

/** docs/privacy.html, the page the stores link to, says what the README's privacy section says. */

const ROOT = join(__dirname, '..');
const policy = readFileSync(join(ROOT, 'docs/privacy.html'), 'utf8');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const start = readme.indexOf('## Privacy & permissions');
/** From its heading to the next one. */
const privacySection = readme.slice(start, readme.indexOf('\n## ', start));
const codeTerms = (text: string) => [...new Set([...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''))];

describe('privacy policy page', () => {
  it('finds the README section', () => {
    expect(codeTerms(privacySection).length).toBeGreaterThan(15);
  });

  it('names everything the README says is stored, and every permission it explains', () => {
    const missing = codeTerms(privacySection).filter((term) => !policy.includes(`<code>${term}</code>`));
    expect(missing).toEqual([]);
  });

  it('the README explains every permission the builds ask for', async () => {
    const explained = codeTerms(privacySection);
    expect((await apiPermissions()).filter((p) => !explained.includes(p))).toEqual([]);
  });

  it('stands alone: no scripts, nothing loaded from elsewhere', () => {
    expect(policy).not.toMatch(/<script|<link|<iframe|\ssrc=|url\(/i);
    expect(policy).toMatch(/<html lang="en">/);
  });
});
