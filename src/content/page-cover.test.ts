import { describe, expect, it } from 'vitest';
import { PageCover } from './page-cover';

describe('PageCover', () => {
  it('hides the page with an important style and shows it again', () => {
    const cover = new PageCover(document);
    cover.hide();
    expect(document.documentElement.style.getPropertyValue('visibility')).toBe('hidden');
    expect(document.documentElement.style.getPropertyPriority('visibility')).toBe('important');
    cover.show();
    expect(document.documentElement.style.getPropertyValue('visibility')).toBe('');
  });

  it("never removes a visibility it didn't set", () => {
    document.documentElement.style.setProperty('visibility', 'visible');
    new PageCover(document).show();
    expect(document.documentElement.style.getPropertyValue('visibility')).toBe('visible');
    document.documentElement.style.removeProperty('visibility');
  });

  it.each<[string, (cover: PageCover) => void, boolean]>([
    [
      'held, then the guard shows: still covered',
      (c) => {
        c.hold('a');
        c.hide();
        c.show();
      },
      true,
    ],
    [
      'held and released: shown',
      (c) => {
        c.hold('a');
        c.release('a');
      },
      false,
    ],
    [
      'released while the guard hides: covered',
      (c) => {
        c.hide();
        c.hold('a');
        c.release('a');
      },
      true,
    ],
    [
      'two holders, one lets go: covered',
      (c) => {
        c.hold('a');
        c.hold('b');
        c.release('a');
      },
      true,
    ],
    [
      'released twice: shown, once',
      (c) => {
        c.hold('a');
        c.release('a');
        c.release('a');
      },
      false,
    ],
    [
      'a holder that never held lets go: the guard keeps it',
      (c) => {
        c.hide();
        c.release('a');
      },
      true,
    ],
  ])('%s', (_, act, covered) => {
    const cover = new PageCover(document);
    act(cover);
    expect(document.documentElement.style.getPropertyValue('visibility')).toBe(covered ? 'hidden' : '');
    document.documentElement.style.removeProperty('visibility');
  });

  it("leaves the guard's own state to the guard", () => {
    const cover = new PageCover(document);
    let heard = 0;
    cover.onNextHide = () => heard++;
    cover.hold('a');
    expect([cover.isHidden, heard]).toEqual([false, 0]);
    cover.release('a');
  });
});
