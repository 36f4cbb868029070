import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationMarkup } from '@/src/core/platforms/types';
import { readConversationHeader } from './conversation-header';

const MARKUP: ConversationMarkup = { domains: ['instagram.com'], header: '[role="main"] header', name: 'h2' };

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('readConversationHeader', () => {
  it.each<[string, string, ReturnType<typeof readConversationHeader>]>([
    [
      'its links and its name',
      '<div role="main"><header><a href="/kai.morgan/"><i></i></a><a href="/kai.morgan/"><h2> Kai Morgan </h2></a></header><p>Hi</p></div>',
      { links: [new URL('/kai.morgan/', location.href).href], names: ['Kai Morgan'] },
    ],
    [
      'a name alone',
      '<div role="main"><header><h2>+34 600 00 00 00</h2></header></div>',
      { links: [], names: ['+34 600 00 00 00'] },
    ],
    [
      'no header (the inbox)',
      '<div role="main"><h1>Messages</h1><a href="/kai.morgan/">Kai</a></div>',
      undefined,
    ],
    ['a header outside the conversation', '<header><a href="/kai.morgan/">Kai</a></header>', undefined],
    ['an empty header', '<div role="main"><header><h2> </h2></header></div>', undefined],
  ])('%s', (_, html, expected) => {
    expect(readConversationHeader(page(html), MARKUP)).toEqual(expected);
  });

  it('reads only the header: messages that link to him are not it', () => {
    const doc = page(
      '<div role="main"><header><h2>Sam</h2></header><section><a href="/kai.morgan/">his profile</a><h2>Kai Morgan</h2></section></div>',
    );
    expect(readConversationHeader(doc, MARKUP)).toEqual({ links: [], names: ['Sam'] });
  });

  it('keeps a header to a few short items', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<a href="/p${i}/">p</a>`).join('');
    const doc = page(
      `<div role="main"><header>${links}<h2>${'x'.repeat(500)}</h2><h2>Kai</h2></header></div>`,
    );
    const read = readConversationHeader(doc, MARKUP);
    expect(read?.links).toHaveLength(10);
    expect(read?.names).toEqual(['Kai']);
  });

  it('finds nothing with a selector the browser does not take', () => {
    const doc = page('<div role="main"><header><h2>Kai</h2></header></div>');
    expect(readConversationHeader(doc, { ...MARKUP, header: 'header:unknown-pseudo(' })).toBeUndefined();
  });
});
