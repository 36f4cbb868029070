import { describe, expect, it } from 'vitest';
import { spelledPastRedirectRules } from './redirect-blind-spots';

describe('spelledPastRedirectRules', () => {
  it.each([
    ['https://www.instagram.com/ex%6Eame/', true],
    ['https://www.instagram.com/ex%6eame/', true],
    ['https://x.com/intent/user?screen_name=ex%6Eame', true],
    ['https://www.facebook.com/profile.php?id=%31000', true],
    ['https://www.instagram.com/%65xname/', true],
    ['https://www.instagram.com/exname%5f/', true],
    ['https://www.instagram.com/%40exname', true],
    ['https://www.instagram.com/exname/', false],
    ['https://x.com/search?q=two%20words%26more', false],
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2F', false],
    ['https://www.instagram.com/', false],
    ['https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/', false],
    ['https://www.instagram.com/exname/#%6E', false],
    ['https://www.instagram.com', false],
  ])('%s → %s', (url, expected) => {
    expect(spelledPastRedirectRules(url)).toBe(expected);
  });
});
