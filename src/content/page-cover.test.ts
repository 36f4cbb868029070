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
});
