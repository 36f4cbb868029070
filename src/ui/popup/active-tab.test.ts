import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeTabUrl } from './active-tab';

describe('activeTabUrl', () => {
  beforeEach(async () => {
    await fakeBrowser.windows.create({ focused: true });
  });

  it('reads the tab the popup opened over', async () => {
    await fakeBrowser.tabs.create({ url: 'https://www.instagram.com/sam.rivers_/', active: true });
    expect(await activeTabUrl('')).toBe('https://www.instagram.com/sam.rivers_/');
  });

  it('ignores the popup itself when it is open as a tab', async () => {
    await fakeBrowser.tabs.create({ url: fakeBrowser.runtime.getURL('/popup.html'), active: true });
    expect(await activeTabUrl('')).toBeUndefined();
  });

  it('reads the tab named by ?tab=<id>, and nothing for a bad or missing id', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://x.com/sam_rivers' });
    await fakeBrowser.tabs.create({ url: fakeBrowser.runtime.getURL('/popup.html'), active: true });
    expect(await activeTabUrl(`?tab=${tab.id}`)).toBe('https://x.com/sam_rivers');
    expect(await activeTabUrl('?tab=999')).toBeUndefined();
    expect(await activeTabUrl('?tab=abc')).toBeUndefined();
  });
});
