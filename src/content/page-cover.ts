/**
 * Hides the whole page (visibility: hidden on <html>, important) while the guard decides, and shows it
 * again only if it hid it. Nothing of the page is painted while hidden, yet it keeps loading as usual.
 */
export class PageCover {
  private hidden = false;
  private observer: MutationObserver | undefined;

  constructor(private readonly doc: Document) {}

  hide(): void {
    this.hidden = true;
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
      if (this.hidden) this.hide();
    });
    this.observer.observe(this.doc, { childList: true });
  }

  show(): void {
    if (!this.hidden) return;
    this.hidden = false;
    this.observer?.disconnect();
    this.observer = undefined;
    this.doc.documentElement?.style.removeProperty('visibility');
  }

  get isHidden(): boolean {
    return this.hidden;
  }
}
