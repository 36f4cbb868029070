/**
 * Folds items away in a page: posts, stories, comments and cards with a link to one of his profiles. Generic:
 * the platform's markup arrives as data (core/platforms/<name>.ts `feed`), links are judged by the caller's
 * test (the matcher), and the page's own styles are left alone: a folded item gets an attribute, and the feed
 * folder's style sheet (public/feed-folder.css) hides it, leaving at most a quiet line drawn by CSS, so no node of
 * ours enters markup the site's scripts manage.
 *
 * Before paint: a MutationObserver's callback runs as a microtask, after the script (or the parser's step) that
 * inserted the nodes and before the browser renders again, so an item the site inserts is folded before its
 * first frame (https://html.spec.whatwg.org/multipage/webappapis.html#event-loop-processing-model).
 *
 * Cheap where it runs, because it runs for every change of a feed: links are picked by the browser's selector
 * engine (only those that may be his come back to the script), each address is judged by the matcher once, and
 * a large batch of changes (the parser's: thousands of insertions, one record each) is one query for the links
 * not folded yet rather than one call per inserted node: in Firefox every call crosses the content script's
 * wrappers (https://firefox-source-docs.mozilla.org/dom/scriptSecurity/xray_vision.html).
 *
 * Fails open: a link whose container is not found, or is a whole feed or page, folds nothing.
 */

/** Set on a folded item: `line` when a quiet line takes its place, empty when it simply goes. */
export const FOLDED_ATTR = 'data-nc-folded';
/** The quiet line's words, drawn by the style sheet (`content: attr(…)`). */
export const LINE_ATTR = 'data-nc-line';

export interface FoldItem {
  selector: string;
  /** Leaves the quiet line in its place. */
  line: boolean;
}

/**
 * Whether a link points to one of his profiles: `selector` (CSS, the browser's own engine) picks the links that
 * may be his, `mayBe` checks the attribute as written, `is` the URL with the matcher.
 */
export interface LinkTest {
  selector: string;
  /** The links the selector picks, as an XPath predicate on a link (the query for a run of inserted siblings). */
  xpath: string;
  /**
   * The selector picks a link only when its address, as written, holds a needle (unless it has an escape in it):
   * `mayBe` would say yes to it, and need not be asked.
   */
  selectsNeedles?: boolean;
  mayBe(rawHref: string): boolean;
  is(url: string): boolean;
}

export interface FoldOptions {
  /** The platform's containers (innermost wins among them), then the generic ones when none of them holds a link. */
  platformItems: readonly FoldItem[];
  genericItems: readonly FoldItem[];
  test: LinkTest;
  /** "Hidden: someone on your list". */
  line: string;
  /** Called a moment after items were folded, with how many distinct items that was. */
  onFolded(count: number): void;
  /** Whether the parser is still building the page (default: the document's `readyState` says so). */
  parsing?(): boolean;
  /**
   * Reach a run of siblings inserted at the end or the start of their parent with one XPath query (linksInRun).
   * Worth it where each call crosses wrappers (Firefox: 100 inserted posts cost about half as much); where calls
   * are cheap (Chromium), XPath costs more than looking at each post (bench: fold 100 inserted posts).
   */
  queryRuns?: boolean;
}

export interface FeedFolder {
  /** Judges the whole page again with another test (her list changed): folds what is his, unfolds the rest. */
  refold(test: LinkTest): void;
  stop(): void;
}

/** What a whole feed or page is: never folded, whatever link it holds. */
const TOO_BIG = 'main, [role="main"], [role="feed"]';
/** The page itself, a whole feed, or what holds one: never an item (one call asks all of it). */
const NOT_AN_ITEM = `:root, body, ${TOO_BIG}, :has(${TOO_BIG})`;
/** Distinct items are counted a moment after they fold, once the site has finished building them. */
const COUNT_AFTER_MS = 250;
/**
 * Records in a batch past which one query of the whole page costs less than looking at each: the parser's batches
 * hold thousands (one per element it inserts), a script's insertion of a hundred posts one or a few.
 */
const LARGE_BATCH = 64;
/** Verdicts kept per address, so a page's repeated links to him (header, caption, permalink) ask the matcher once. */
const MAX_VERDICTS = 2000;

/** Resolves the prefix `svg` in linksInRun's queries: SVG links are links too, as for the selector `a`. */
const svgNamespace = (prefix: string | null): string | null =>
  prefix === 'svg' ? 'http://www.w3.org/2000/svg' : null;
/** `XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE`, without a lookup of the page's global. */
const UNORDERED_SNAPSHOT = 6;

/** linksInRun's queries: from a run's first element on, and from its last one back. */
interface RunQueries {
  after: XPathExpression;
  before: XPathExpression;
}

/** linksInRun's queries for links matching `predicate`, or none where the browser has no XPath. */
function compileRunQueries(doc: Document, predicate: string): RunQueries | undefined {
  if (typeof doc.createExpression !== 'function') return undefined;
  const links = `descendant-or-self::*[self::a or self::svg:a][${predicate}]`;
  return {
    after: doc.createExpression(`(self::* | following-sibling::*)/${links}`, svgNamespace),
    before: doc.createExpression(`(self::* | preceding-sibling::*)/${links}`, svgNamespace),
  };
}

const joined = (items: readonly FoldItem[]) => items.map((i) => i.selector).join(', ');

/**
 * Calls `visit` with each element among the nodes one record added. Several at once (a script inserting a
 * hundred posts) are walked from one element to the next, which passes over the text between them without a call
 * for each node; if the page has moved them since (the walk does not reach the last one in as many steps), each
 * node is looked at. Any move of theirs is a record of its own, so none is missed.
 */
export function forEachAdded(added: ArrayLike<Node>, visit: (el: Element) => void): void {
  const count = added.length;
  if (count > 2) {
    const first = added[0] as Node;
    const last = added[count - 1] as Node;
    const lastElement =
      last.nodeType === 1 ? (last as Element) : (last as CharacterData).previousElementSibling;
    let el = first.nodeType === 1 ? (first as Element) : (first as CharacterData).nextElementSibling;
    for (let steps = 0; el && steps < count; steps++) {
      visit(el);
      if (el === lastElement) return;
      el = el.nextElementSibling;
    }
  }
  for (let i = 0; i < count; i++) {
    const node = added[i] as Node;
    if (node.nodeType === 1) visit(node as Element);
  }
}

/**
 * The links that may be his in a run of siblings a script inserted at the end or the start of their parent (a
 * feed growing as she scrolls, or new posts on top), in one query: the run is every sibling after its first
 * element, or before its last. One XPath query reaches them where a selector would have to visit every post
 * already in the feed, and one call where looking at each costs several per post (in Firefox each crosses the
 * wrappers). Undefined when the run sits between siblings, or the browser has no XPath: then each is looked at.
 */
function linksInRun(record: MutationRecord, queries: RunQueries | undefined): XPathResult | undefined {
  const added = record.addedNodes;
  const count = added.length;
  if (!queries || count <= 2) return undefined;
  if (record.nextSibling === null) {
    const first = added[0] as Node;
    const el = first.nodeType === 1 ? (first as Element) : (first as CharacterData).nextElementSibling;
    return el ? queries.after.evaluate(el, UNORDERED_SNAPSHOT) : undefined;
  }
  if (record.previousSibling === null) {
    const last = added[count - 1] as Node;
    const el = last.nodeType === 1 ? (last as Element) : (last as CharacterData).previousElementSibling;
    return el ? queries.before.evaluate(el, UNORDERED_SNAPSHOT) : undefined;
  }
  return undefined;
}

export function startFeedFolding(doc: Document, options: FoldOptions): FeedFolder {
  const { platformItems, genericItems, line } = options;
  const parsing = options.parsing ?? (() => doc.readyState === 'loading');
  let test = options.test;
  /** The links that may be his and sit in no folded item yet: what a large batch of changes asks for. */
  let unfoldedCandidates = '';
  /** Folded items without a link that may be his: the site took his post out of them. */
  let emptiedItems = '';
  /** Verdicts on links as written, against `verdictsBase`. */
  let verdicts = new Map<string, boolean>();
  let verdictsBase = '';
  /** The two queries of linksInRun, compiled once per test. */
  let runQueries: RunQueries | undefined;
  /** The page's base URL, read once per batch of changes (a page's script cannot change it meanwhile). */
  let base: string | undefined;
  const useTest = (next: LinkTest) => {
    test = next;
    verdicts = new Map();
    unfoldedCandidates = `:is(${next.selector}):not([${FOLDED_ATTR}] *)`;
    emptiedItems = `[${FOLDED_ATTR}]:not(:has(${next.selector}))`;
    runQueries = options.queryRuns ? compileRunQueries(doc, next.xpath) : undefined;
  };
  useTest(options.test);
  const platformSelector = joined(platformItems);
  const genericSelector = joined(genericItems);

  const lineOf = (el: Element, items: readonly FoldItem[]) => items.find((i) => el.matches(i.selector))?.line;

  /**
   * The item a link belongs to, and whether it leaves a line (or is folded already); undefined when there is none
   * to fold.
   */
  function containerOf(link: Element): { item: Element; line: boolean; folded?: true } | undefined {
    const own = platformSelector ? link.closest(platformSelector) : null;
    const item = own ?? (genericSelector ? link.closest(genericSelector) : null);
    if (!item) return undefined;
    if (item.hasAttribute(FOLDED_ATTR)) return { item, line: false, folded: true };
    if (item.matches(NOT_AN_ITEM)) return undefined;
    return { item, line: lineOf(item, own ? platformItems : genericItems) ?? false };
  }

  /** Whether the link written `raw` points to him: resolved against the page (as `a.href` is) and matched once. */
  const isHis = (raw: string): boolean => {
    base ??= doc.baseURI;
    if (base !== verdictsBase || verdicts.size >= MAX_VERDICTS) {
      verdicts.clear();
      verdictsBase = base;
    }
    let verdict = verdicts.get(raw);
    if (verdict === undefined) {
      let url: string | undefined;
      try {
        url = new URL(raw, base).href;
      } catch {
        url = undefined;
      }
      verdict = url !== undefined && test.is(url);
      verdicts.set(raw, verdict);
    }
    return verdict;
  };

  const pointsToHim = (link: Element): boolean => {
    const raw = link.getAttribute('href');
    if (!raw || ((!test.selectsNeedles || raw.includes('%')) && !test.mayBe(raw))) return false;
    return isHis(raw);
  };

  // Folded since the last count, and what was counted already, known by its links (the script reads nothing
  // else): an item the site builds again (scrolled back into a virtual list, the stories tray drawn anew) has the
  // same ones and counts once; two posts or comments differ at least by their permalinks.
  let toCount: Element[] = [];
  const counted = new Set<string>();
  let countTimer: ReturnType<typeof setTimeout> | undefined;

  const flushCount = () => {
    countTimer = undefined;
    let fresh = 0;
    for (const item of toCount) {
      const all = item.querySelectorAll('a[href]');
      let links = '';
      for (let i = 0; i < all.length; i++) links += ` ${(all[i] as Element).getAttribute('href')}`;
      if (counted.has(links)) continue;
      counted.add(links);
      fresh++;
    }
    toCount = [];
    if (fresh > 0) options.onFolded(fresh);
  };

  function fold(item: Element, withLine: boolean): void {
    item.setAttribute(FOLDED_ATTR, withLine ? 'line' : '');
    if (withLine) item.setAttribute(LINE_ATTR, line);
    toCount.push(item);
    countTimer ??= setTimeout(flushCount, COUNT_AFTER_MS);
  }

  function unfold(item: Element): void {
    item.removeAttribute(FOLDED_ATTR);
    item.removeAttribute(LINE_ATTR);
  }

  function check(link: Element): void {
    if (!pointsToHim(link)) return;
    const found = containerOf(link);
    if (found && !found.folded) fold(found.item, found.line);
  }

  /** Whether a folded item still holds a link to him of its own (the site may reuse an element for another post). */
  const stillHis = (item: Element): boolean => {
    const links = item.querySelectorAll(test.selector);
    for (let i = 0; i < links.length; i++) {
      const link = links[i] as Element;
      if (pointsToHim(link) && containerOf(link)?.item === item) return true;
    }
    return false;
  };

  /** The links that may be his in a subtree the site inserted: most elements cost two calls, or one. */
  function scan(root: Element): void {
    if (root.matches(test.selector)) check(root);
    if (root.firstElementChild === null) return;
    const links = root.querySelectorAll(test.selector);
    for (let i = 0; i < links.length; i++) check(links[i] as Element);
  }

  /**
   * A large batch (the parser's, or a site drawing a whole feed anew): the links not folded yet, in one query, and
   * the folded items, checked again. While the parser builds the page it only adds: then only the items emptied
   * of every link that may be his are asked for.
   */
  function scanDocument(parsingNow: boolean): void {
    const links = doc.querySelectorAll(unfoldedCandidates);
    for (let i = 0; i < links.length; i++) check(links[i] as Element);
    const folded = doc.querySelectorAll(parsingNow ? emptiedItems : `[${FOLDED_ATTR}]`);
    for (let i = 0; i < folded.length; i++) if (!stillHis(folded[i] as Element)) unfold(folded[i] as Element);
  }

  const onInserted = (records: MutationRecord[]) => {
    base = undefined;
    const parsingNow = parsing();
    if (parsingNow || records.length > LARGE_BATCH) {
      scanDocument(parsingNow);
      return;
    }
    const recheck = new Set<Element>();
    for (const record of records) {
      const run = linksInRun(record, runQueries);
      if (run) for (let i = 0, n = run.snapshotLength; i < n; i++) check(run.snapshotItem(i) as Element);
      else forEachAdded(record.addedNodes, scan);
      if (record.removedNodes.length === 0) continue;
      const folded = (record.target as Element).closest?.(`[${FOLDED_ATTR}]`);
      if (folded) recheck.add(folded);
    }
    for (const item of recheck) if (!stillHis(item)) unfold(item);
  };
  /** A link's address changed: it may have become his, or stopped being. */
  const onAddress = (records: MutationRecord[]) => {
    base = undefined;
    const recheck = new Set<Element>();
    for (const record of records) {
      const link = record.target as Element;
      if (link.matches(test.selector)) check(link);
      const folded = link.closest(`[${FOLDED_ATTR}]`);
      if (folded) recheck.add(folded);
    }
    for (const item of recheck) if (!stillHis(item)) unfold(item);
  };
  // Two observers, so the parser's many insertions are never looked at one by one.
  const insertions = new MutationObserver(onInserted);
  const addresses = new MutationObserver(onAddress);

  const root = doc.documentElement;
  if (root) scan(root);
  insertions.observe(doc, { childList: true, subtree: true });
  addresses.observe(doc, { subtree: true, attributes: true, attributeFilter: ['href'] });
  // Counted before the page goes away (or into the back/forward cache).
  const onPageHide = () => {
    if (countTimer !== undefined) clearTimeout(countTimer);
    flushCount();
  };
  doc.defaultView?.addEventListener('pagehide', onPageHide);

  return {
    refold(next) {
      base = undefined;
      useTest(next);
      for (const item of doc.querySelectorAll(`[${FOLDED_ATTR}]`)) if (!stillHis(item)) unfold(item);
      if (doc.documentElement) scan(doc.documentElement);
    },
    stop() {
      insertions.disconnect();
      addresses.disconnect();
      doc.defaultView?.removeEventListener('pagehide', onPageHide);
      for (const item of doc.querySelectorAll(`[${FOLDED_ATTR}]`)) unfold(item);
    },
  };
}
