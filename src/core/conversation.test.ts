import { describe, expect, it } from 'vitest';
import { type ConversationHeader, conversationWith, targetOfKey } from './conversation';
import { createMatcher } from './match';
import type { Target } from './target';

const KAI: Target = { kind: 'profile', platform: 'instagram', handle: 'kai.morgan' };
const KAI_X: Target = { kind: 'profile', platform: 'x', handle: 'kaimorgan' };
const NUMBER: Target = { kind: 'phone', number: '+34600000000' };
const NAME: Target = { kind: 'name', name: 'kai morgan' };
const TARGETS = [KAI, KAI_X, NUMBER, NAME];
const matcher = createMatcher(TARGETS);

const header = (links: string[], names: string[] = []): ConversationHeader => ({ links, names });

describe('conversationWith', () => {
  it.each<[string, ConversationHeader, Target | undefined]>([
    ['a link to his Instagram profile', header(['https://www.instagram.com/kai.morgan/']), KAI],
    ['his profile spelled otherwise', header(['https://instagram.com/Kai.Morgan']), KAI],
    ['his X profile', header(['https://x.com/KaiMorgan'], ['Someone']), KAI_X],
    ['his number as WhatsApp shows it', header([], ['+34 600 00 00 00']), NUMBER],
    ['his number with other separators', header([], ['+34 (600) 000-000']), NUMBER],
    ['his name, any case and spacing', header([], ['  KAI   Morgan ']), NAME],
    ['his name with accents', header([], ['Kái Morgan']), NAME],
    ['another profile', header(['https://www.instagram.com/sam.rivers_/'], ['Sam Rivers']), undefined],
    ['a longer name holding his', header([], ['Kai Morgan Photography']), undefined],
    ['his first name alone', header([], ['Kai']), undefined],
    ['another number', header([], ['+34 611 11 11 11']), undefined],
    ['a national number (no country to be sure of)', header([], ['600 00 00 00']), undefined],
    [
      'a search for his name',
      header(['https://www.instagram.com/explore/search/keyword/?q=kai%20morgan']),
      undefined,
    ],
    ['an empty header', header([]), undefined],
  ])('%s', (_, h, expected) => {
    expect(conversationWith(matcher, TARGETS, h)).toEqual(expected);
  });

  it('takes the link before the name', () => {
    expect(conversationWith(matcher, TARGETS, header(['https://x.com/kaimorgan'], ['Kai Morgan']))).toEqual(
      KAI_X,
    );
  });
});

describe('targetOfKey', () => {
  it.each([
    ['instagram:kai.morgan', KAI],
    ['phone:+34600000000', NUMBER],
    ['name:kai morgan', NAME],
    ['instagram:sam.rivers_', undefined],
    ['', undefined],
  ])('%s', (key, expected) => {
    expect(targetOfKey(TARGETS, key)).toEqual(expected);
  });
});
