// Finding things the way a person does: by their visible label or name, not by implementation details.
import type { ElementHandle, Page } from 'puppeteer-core';

/** The form control whose <label> reads `label` exactly. */
export async function field(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await page.waitForFunction(
    (text) =>
      [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)?.control ??
      undefined,
    { timeout: 10_000 },
    label,
  );
  return handle as unknown as ElementHandle<HTMLInputElement>;
}

/** Sets the labelled date field as a picker would (typed keys would follow the browser's locale order). */
export async function pickDate(page: Page, label: string, day: string): Promise<void> {
  const date = await field(page, label);
  await date.evaluate((el, value) => {
    el.focus();
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, day);
}

/** Clears the labelled field and types `text` into it, key by key. */
export async function typeInto(
  page: Page,
  label: string,
  text: string,
): Promise<ElementHandle<HTMLInputElement>> {
  const input = await field(page, label);
  await input.evaluate((el) => {
    el.focus();
    el.select?.();
  });
  await page.keyboard.press('Backspace');
  await input.type(text);
  return input;
}

/** The button whose visible text is `name`. */
export async function button(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.waitForFunction(
    (text) =>
      [...document.querySelectorAll('button, a.button')].find((b) => b.textContent?.trim() === text) ??
      undefined,
    { timeout: 10_000 },
    name,
  );
  return handle as unknown as ElementHandle<HTMLButtonElement>;
}

/** Waits for an element matching `selector` whose text matches `pattern`, and returns that text. */
export async function waitForText(page: Page, selector: string, pattern: RegExp = /./): Promise<string> {
  // The pattern crosses into the page as source: extension pages forbid eval, so no functions.
  const handle = await page.waitForFunction(
    (sel, source, flags) => {
      const re = new RegExp(source, flags);
      const match = [...document.querySelectorAll(sel)].find((el) => re.test(el.textContent?.trim() ?? ''));
      return match?.textContent?.trim() ?? undefined;
    },
    { timeout: 10_000 },
    selector,
    pattern.source,
    pattern.flags,
  );
  return (await handle.jsonValue()) as string;
}

/** The trimmed text of the first element matching `selector`, or undefined while there is none: for expect.poll. */
export async function shownText(page: Page, selector: string): Promise<string | undefined> {
  return page.$eval(selector, (el) => el.textContent?.trim()).catch(() => undefined);
}

/** How long a poll waits for the page: a loaded machine needs seconds, not the default second. */
export const WAIT = { timeout: 10_000 } as const;
