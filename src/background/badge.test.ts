import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startOfLocalDay } from '@/src/core';
import { eventsItem, metaItem } from '@/src/storage';
import { BADGE_ALARM, badgeText, nextLocalMidnight, refreshBadge, updateBadge } from './badge';

const TZ = 'Europe/Madrid';
// 2026-03-10 15:00 in Madrid (UTC+1).
const NOW = Date.UTC(2026, 2, 10, 14, 0);

describe('badge', () => {
  beforeEach(async () => {
    await metaItem.setValue({ installedAt: NOW, installDay: '2026-03-01' });
  });

  it('shows whole days as text, never negative', () => {
    expect(badgeText(0)).toBe('0');
    expect(badgeText(23)).toBe('23');
    expect(badgeText(-2)).toBe('0');
  });

  it('counts from the install day until she sets a start', async () => {
    await updateBadge(NOW, TZ);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('9');
    expect(await fakeBrowser.action.getTitle({})).toBe('No Contact — 9 days without contact');
  });

  it('counts from "No contact since", then restarts after a contact', async () => {
    await eventsItem.setValue([{ type: 'start', at: NOW - 1000, since: '2026-02-20' }]);
    await updateBadge(NOW, TZ);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('18');

    await eventsItem.setValue([
      { type: 'start', at: NOW - 1000, since: '2026-02-20' },
      { type: 'contact', at: NOW - 3_600_000 },
    ]);
    await updateBadge(NOW, TZ);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('0');
  });

  it('uses a calm colour, not red', async () => {
    await updateBadge(NOW, TZ);
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0x2f, 0x6f, 0x62, 255]);
  });

  it('schedules the next update at local midnight in her time zone', async () => {
    await refreshBadge(NOW, TZ);
    const alarm = await fakeBrowser.alarms.get(BADGE_ALARM);
    expect(alarm?.scheduledTime).toBe(Date.UTC(2026, 2, 10, 23, 0));
    expect(alarm?.scheduledTime).toBe(startOfLocalDay('2026-03-11', TZ));
  });

  it('keeps one alarm when refreshed again (worker restart, browser start)', async () => {
    await refreshBadge(NOW, TZ);
    await refreshBadge(NOW + 60_000, TZ);
    expect((await fakeBrowser.alarms.getAll()).filter((a) => a.name === BADGE_ALARM)).toHaveLength(1);
  });

  it('finds midnight across a daylight-saving change and in another zone', () => {
    // Madrid springs forward on 2026-03-29 at 02:00: midnight of the 30th is 22:00 UTC on the 29th.
    expect(nextLocalMidnight(Date.UTC(2026, 2, 29, 12, 0), TZ)).toBe(Date.UTC(2026, 2, 29, 22, 0));
    expect(nextLocalMidnight(Date.UTC(2026, 2, 10, 14, 0), 'America/New_York')).toBe(
      Date.UTC(2026, 2, 11, 4, 0),
    );
  });
});
