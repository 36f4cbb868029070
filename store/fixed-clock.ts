/**
 * A page script that starts the page's clock at `at` (then lets it run), so what the pages show — the streak,
 * the chart's days, dates in the history — is the same on every run. Given as source for
 * `page.evaluateOnNewDocument`, so it runs before the page's own scripts.
 */
export function fixedClockScript(at: number): string {
  return `(() => {
  const RealDate = Date;
  const offset = ${at} - RealDate.now();
  class FixedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = FixedDate;
})();`;
}
