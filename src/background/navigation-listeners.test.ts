import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ListedTarget } from '@/src/core';
import { addProfile, readPeople, removeProfile } from '@/src/storage';

type Filters = { url: { hostEquals?: string; hostSuffix?: string; urlMatches?: string }[] };

/** What was added to and removed from onCommitted, in order: the filters' patterns, or "whole" for none. */
function watchCommitted() {
  const log: string[] = [];
  const live = new Map<unknown, string>();
  const event = fakeBrowser.webNavigation.onCommitted;
  vi.spyOn(event, 'addListener').mockImplementation(((fn: unknown, filters: Filters) => {
    const patterns = [...new Set(filters.url.map((f) => f.urlMatches ?? 'whole'))];
    live.set(fn, patterns.join(' '));
    log.push(`+${patterns.join(' ')}`);
  }) as never);
  vi.spyOn(event, 'removeListener').mockImplementation(((fn: unknown) => {
    log.push(`-${live.get(fn)}`);
    live.delete(fn);
  }) as never);
  return { log, live };
}

const exname: ListedTarget = { kind: 'profile', platform: 'instagram', handle: 'exname' };

describe('the platform listeners', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  /** This module fresh, as a worker that has just started has it. */
  const listeners = () => import('./navigation-listeners');

  it('listen on every platform page at the start, then only where her list could be, new before old', async () => {
    await addProfile({ target: exname, input: 'exname', now: 0, defaultPersonName: 'Him' });
    const { log, live } = watchCommitted();
    const { registerPlatformListeners, refreshNavigationListeners } = await listeners();
    registerPlatformListeners(true);
    expect(log).toEqual(['+whole']);
    await refreshNavigationListeners(true);
    expect(log).toHaveLength(3);
    expect(log[1]).toMatch(/^\+%\|.*\[eE\]\\\.\*\[xX\]/);
    expect(log[2]).toBe('-whole');
    expect([...live.values()]).toEqual([log[1]?.slice(1)]);
  });

  it('change only when her list does, and stop listening to the platforms when it is empty', async () => {
    await addProfile({ target: exname, input: 'exname', now: 0, defaultPersonName: 'Him' });
    const { log, live } = watchCommitted();
    const { registerPlatformListeners, refreshNavigationListeners } = await listeners();
    registerPlatformListeners(true);
    await refreshNavigationListeners(true);
    await refreshNavigationListeners(true);
    expect(log).toHaveLength(3);
    const [profile] = (await readPeople()).flatMap((person) => person.profiles);
    await removeProfile(profile?.id as string);
    (await import('./matcher-cache')).invalidateMatcher();
    await refreshNavigationListeners(true);
    expect(log).toHaveLength(4);
    expect(log[3]?.startsWith('-%')).toBe(true);
    expect(live.size).toBe(0);
  });

  it('keep the platforms whole for a handle with no word to look for', async () => {
    await addProfile({
      target: { kind: 'profile', platform: 'instagram', handle: '..' },
      input: '..',
      now: 0,
      defaultPersonName: 'Him',
    });
    const { log } = watchCommitted();
    const { registerPlatformListeners, refreshNavigationListeners } = await listeners();
    registerPlatformListeners(true);
    await refreshNavigationListeners(true);
    expect(log).toEqual(['+whole']);
  });
});
