/**
 * A page script that stops the page's clock at `at`, so what the pages show — the streak and its ring, the
 * chart's days, dates in the history — is the same on every run, to the pixel. Timers still run (they don't
 * read the clock). Given as source for `page.evaluateOnNewDocument`, so it runs before the page's own scripts.
 */
export function fixedClockScript(at: number): string {
  return `(() => {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(${at});
      else super(...args);
    }
    static now() {
      return ${at};
    }
  }
  globalThis.Date = FixedDate;
})();`;
}
