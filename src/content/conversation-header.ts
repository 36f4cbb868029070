import type { ConversationHeader } from '@/src/core/conversation';
import type { ConversationMarkup } from '@/src/core/platforms/types';

/** A header has a link or two and a name; what is past these is not read. */
const MAX_ITEMS = 10;
const MAX_URL = 2048;
const MAX_NAME = 200;

/**
 * The header of the conversation on screen, as the app's markup (its platform file) says where it is: the
 * addresses of its links and the text of its name elements. Nothing else on the page is read. `undefined` while
 * there is no such header, or it shows neither (the markup is not understood: nothing is covered for it).
 */
export function readConversationHeader(
  doc: Document,
  markup: ConversationMarkup,
): ConversationHeader | undefined {
  let header: Element | null;
  try {
    header = doc.querySelector(markup.header);
  } catch {
    // A selector this browser does not take: as if the header were not there.
    return undefined;
  }
  if (!header) return undefined;
  const links: string[] = [];
  for (const a of header.querySelectorAll('a[href]')) {
    const href = (a as HTMLAnchorElement).href;
    if (links.length < MAX_ITEMS && href.length <= MAX_URL && !links.includes(href)) links.push(href);
  }
  const names: string[] = [];
  for (const el of header.querySelectorAll(markup.name)) {
    const text = el.textContent?.trim() ?? '';
    if (names.length < MAX_ITEMS && text !== '' && text.length <= MAX_NAME && !names.includes(text))
      names.push(text);
  }
  return links.length > 0 || names.length > 0 ? { links, names } : undefined;
}
