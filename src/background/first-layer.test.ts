import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { firstLayerRedirects } from './first-layer';

describe('firstLayerRedirects in Firefox (webRequest)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('holds where the extension may access the host, as webRequest then sees the request', async () => {
    const contains = vi.fn(
      async ({ origins = [] }: { origins?: string[] }) => origins[0] === 'https://bsky.app/*',
    );
    Object.assign(fakeBrowser.permissions, { contains });
    await expect(firstLayerRedirects('https://bsky.app/profile/sam.bsky.social', false)).resolves.toBe(true);
    await expect(firstLayerRedirects('https://nitter.net/sam_rivers', false)).resolves.toBe(false);
    await expect(firstLayerRedirects('not a url', false)).resolves.toBe(false);
  });
});
