import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ListedTarget } from '@/src/core';
import { hasHostAccessFor, requestHostAccessFor } from './host-access';

const bluesky: ListedTarget = { kind: 'profile', platform: 'bluesky', handle: 'sam.bsky.social' };
const instagram: ListedTarget = { kind: 'profile', platform: 'instagram', handle: 'sam' };

describe('host access for what she adds', () => {
  let request: ReturnType<typeof vi.fn>;
  let contains: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fakeBrowser.reset();
    request = vi.fn(async () => true);
    contains = vi.fn(async () => false);
    Object.assign(fakeBrowser.permissions, { request, contains });
  });

  it('asks for a later platform’s hosts with the browser’s prompt', async () => {
    await expect(requestHostAccessFor(bluesky)).resolves.toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['*://*.bsky.app/*'] });
  });

  it('asks nothing for the first ten, whose hosts come with the install', async () => {
    await expect(requestHostAccessFor(instagram)).resolves.toBe(true);
    await expect(hasHostAccessFor(instagram)).resolves.toBe(true);
    expect(request).not.toHaveBeenCalled();
    expect(contains).not.toHaveBeenCalled();
  });

  it('asks for a site with and without www., m. and mobile.', async () => {
    await requestHostAccessFor({ kind: 'site', host: 'samrivers.example.org', path: '/' });
    expect(request).toHaveBeenCalledWith({
      origins: [
        '*://samrivers.example.org/*',
        '*://www.samrivers.example.org/*',
        '*://m.samrivers.example.org/*',
        '*://mobile.samrivers.example.org/*',
      ],
    });
  });

  it('in Firefox, asks for the mirrors and Google Translate’s proxy in the same prompt', async () => {
    await requestHostAccessFor({ kind: 'profile', platform: 'x', handle: 'sam' }, true);
    const [[{ origins }]] = request.mock.calls as [[{ origins: string[] }]];
    expect(origins).toContain('*://*.nitter.net/*');
    expect(origins).toContain('*://*.xcancel.com/*');
    expect(origins).toContain('*://*.translate.goog/*');
    // Viewer sites that came with the install are not asked again.
    await requestHostAccessFor(instagram, true);
    const viewers = (request.mock.calls[1] as [{ origins: string[] }])[0].origins;
    expect(viewers).toContain('*://*.picnob.com/*');
    expect(viewers).not.toContain('*://*.imginn.com/*');
  });

  it('asks for his number’s chat apps and his address’s webmail, never a proxy, in Firefox too', async () => {
    await requestHostAccessFor({ kind: 'phone', number: '+34600000000' }, true);
    await requestHostAccessFor({ kind: 'email', address: 'kai@example.com' }, true);
    const [[phone], [email]] = request.mock.calls as [[{ origins: string[] }], [{ origins: string[] }]];
    expect(phone.origins).toEqual(expect.arrayContaining(['*://*.wa.me/*', '*://*.signal.me/*']));
    expect(email.origins).toEqual(expect.arrayContaining(['*://*.mail.google.com/*']));
    expect([...phone.origins, ...email.origins]).not.toContain('*://*.translate.goog/*');
  });

  it('reads a refused or failed request as no access', async () => {
    request.mockRejectedValueOnce(new Error('This function must be called during a user gesture'));
    await expect(requestHostAccessFor(bluesky)).resolves.toBe(false);
    await expect(hasHostAccessFor(bluesky)).resolves.toBe(false);
  });
});
