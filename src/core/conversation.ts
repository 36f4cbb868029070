import type { Matcher } from './match';
import { normaliseName } from './search/name-text';
import { type Target, targetKey } from './target';

/** What the in-page script read in a conversation's header (src/content/conversation-header.ts). */
export interface ConversationHeader {
  /** The header's links, as the page resolved them. */
  links: readonly string[];
  /** The text of its name elements: the name the person goes by, or a number. */
  names: readonly string[];
}

/** A number as apps show one they have no name for: international, `+`, digits and the usual separators. */
const SHOWN_NUMBER = /^\+[\d\s().\u00a0-]{6,24}$/;

/**
 * The target of hers a conversation's header shows, if any: a link to one of his profiles (or a chat link to
 * him), his number in international form, or the whole of a name he goes by. A name must be all the header
 * shows ("Kai Morgan", any case, accents or spacing): "Kai Morgan Photography" is someone else's.
 */
export function conversationWith(
  matcher: Matcher,
  targets: readonly Target[],
  header: ConversationHeader,
): Target | undefined {
  for (const link of header.links) {
    const hit = matcher.hit(link);
    // A header's link goes to a profile; a search link in it is not the person.
    if (hit && hit.moment !== 'search') return hit.target;
  }
  for (const text of header.names) {
    const shown = text.trim();
    if (SHOWN_NUMBER.test(shown)) {
      const number = `+${shown.replace(/\D/g, '')}`;
      const phone = targets.find((t) => t.kind === 'phone' && t.number === number);
      if (phone) return phone;
      continue;
    }
    const name = normaliseName(shown);
    const found = name && targets.find((t) => t.kind === 'name' && t.name === name);
    if (found) return found;
  }
  return undefined;
}

/** The target under `key` (targetKey), for a conversation the interstitial was sent to by its header. */
export function targetOfKey(targets: readonly Target[], key: string): Target | undefined {
  return targets.find((t) => targetKey(t) === key);
}
