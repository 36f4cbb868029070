/**
 * Hides the whole page (visibility: hidden on <html>, important) while the guard decides, and shows it
 * again only if it hid it. Nothing of the page is painted while hidden, yet it keeps loading as usual.
 */
export class PageCover {
  private hidden = false;
  /** Scripts of ours other than the guard that keep the page covered (conversation-guard.ts), by name. */
  private readonly holders = new Set<string>();
  private observer: MutationObserver | undefined;
  /**
   * Called once, at the next `hide()`: a script registered at run time (cover-until-checked.ts) may cover the
   * page after the in-page guard started, and the guard must then decide at once rather than after a paint
   * that will not come while the page is covered.
   */
  onNextHide: (() => void) | undefined;

  constructor(private readonly doc: Document) {}

  hide(): void {
    this.hidden = true;
    const heard = this.onNextHide;
    this.onNextHide = undefined;
    heard?.();
    this.cover();
  }

  show(): void {
    if (!this.hidden) return;
    this.hidden = false;
    if (this.holders.size === 0) this.uncover();
  }

  get isHidden(): boolean {
    return this.hidden;
  }

  /**
   * Covers the page for `holder` until it lets go, whatever the guard decides meanwhile: `show()` uncovers only a
   * page no one holds. The guard's own state (`isHidden`, `onNextHide`) is left as it is.
   */
  hold(holder: string): void {
    this.holders.add(holder);
    this.cover();
  }

  release(holder: string): void {
    if (this.holders.delete(holder) && this.holders.size === 0 && !this.hidden) this.uncover();
  }

  private cover(): void {
    const root = this.doc.documentElement;
    if (root) {
      root.style.setProperty('visibility', 'hidden', 'important');
      return;
    }
    // At document_start the root element may not exist yet: cover it the moment it does.
    this.observer ??= new MutationObserver(() => {
      if (!this.doc.documentElement) return;
      this.observer?.disconnect();
      this.observer = undefined;
      if (this.hidden || this.holders.size > 0) this.cover();
    });
    this.observer.observe(this.doc, { childList: true });
  }

  private uncover(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.doc.documentElement?.style.removeProperty('visibility');
  }
}

const SHARED = Symbol.for('no-contact.page-cover');

/**
 * The one cover of this document, shared by every script of ours in it. Content scripts of one extension share
 * a global object per frame (Chrome's isolated world, Firefox's sandbox), so a script registered at run time
 * (cover-until-checked.ts) and the in-page guard hide and show the same cover, whichever of them ran first.
 */
export function sharedPageCover(doc: Document): PageCover {
  const scope = globalThis as { [SHARED]?: PageCover };
  scope[SHARED] ??= new PageCover(doc);
  return scope[SHARED];
}
