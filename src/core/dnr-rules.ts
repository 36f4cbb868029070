import { normalizeSitePath } from './normalize';
import type { DnrShape } from './platforms';
import { DNR_SHAPES } from './platforms/dnr-shapes';
import { escapeRegex } from './platforms/regex-text';
import { estimateRe2Instructions, RE2_INSTRUCTION_BUDGET } from './re2-size';
import { rulesOf } from './recognize';
import { nameRegexes, searchScopes } from './search/name-rules';
import type { ListedTarget, NameTarget, ProfileTarget, SiteTarget, Target } from './target';
import { targetKey } from './target';

/** A declarativeNetRequest redirect rule, described without browser types so core stays pure. */
export interface RedirectRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: {
    regexFilter: string;
    /** Searches: the engines' or platforms' domains (and their subdomains) the regex applies to. */
    requestDomains?: string[];
    resourceTypes: ['main_frame'];
    isUrlFilterCaseSensitive: false;
  };
}

/** Chrome allows 1,000 regex rules per extension; leave it all to the blocker unless told otherwise. */
export const MAX_DNR_REGEX_RULES = 1000;
/** Chrome also rejects a regexFilter longer than this, whatever it compiles to. */
const MAX_PATTERN_LENGTH = 2000;

export interface DnrCompilation {
  rules: RedirectRule[];
  /**
   * Rules for searches on domains where the extension has no host access (she said no, or was never asked): a
   * redirect would not apply there, so the background makes them block rules (no access needed).
   */
  blocks: RedirectRule[];
  /**
   * Targets some of whose URL forms got no rule, or only a shorter spelling: too long for RE2's cap,
   * or past `maxRules`. The background's navigation listeners must catch those forms.
   */
  uncovered: Target[];
}

export interface DnrOptions {
  firstId?: number;
  maxRules?: number;
  /** Whether the extension may redirect pages of a search domain (host access); all of them unless told. */
  searchAccess?: (domain: string) => boolean;
}

/**
 * Rules that send every full navigation to one of the targets to `pageUrl#<the blocked URL>`.
 * Ids start at `firstId`.
 */
export function compileDnrRules(targets: readonly Target[], pageUrl: string, firstId = 1): RedirectRule[] {
  return compileDnr(targets, pageUrl, { firstId }).rules;
}

/**
 * Like `compileDnrRules`, and also says which targets the rules do not fully cover, so that the
 * background knows what its navigation listeners must catch on their own.
 *
 * Targets of one platform share a rule: `prefix(?:h1|h2|…)suffix`, as many as fit in RE2's memory
 * cap. Core URL forms are emitted first; viewer-site forms only while `maxRules` allows.
 */
export function compileDnr(
  targets: readonly Target[],
  pageUrl: string,
  options: DnrOptions = {},
): DnrCompilation {
  const firstId = options.firstId ?? 1;
  const maxRules = options.maxRules ?? MAX_DNR_REGEX_RULES;
  const unique = uniqueTargets(targets);
  const groups = groupByShape(unique.filter((t): t is ListedTarget => t.kind !== 'name'));
  const patterns: string[] = [];
  const blocked: { regexFilter: string; requestDomains: string[] }[] = [];
  const searches: { regexFilter: string; requestDomains: string[] }[] = [];
  const uncovered = new Map<string, Target>();

  for (const tier of ['core', 'stretch'] as const) {
    // Searches for his names come after his profiles' core forms, before the rarer spellings.
    if (tier === 'stretch') {
      const names = unique.filter((t): t is NameTarget => t.kind === 'name');
      const budget = () => maxRules - patterns.length - searches.length - blocked.length;
      for (const miss of compileNames(names, options.searchAccess ?? (() => true), budget, searches, blocked))
        uncovered.set(targetKey(miss), miss);
    }
    for (const group of groups.filter((g) => g.shape.tier === tier)) {
      for (const chunk of chunkIntoPatterns(group)) {
        const emitted =
          chunk.pattern !== undefined && patterns.length + searches.length + blocked.length < maxRules;
        if (emitted && chunk.pattern !== undefined) patterns.push(chunk.pattern);
        if (!emitted || chunk.partial) {
          for (const t of chunk.targets) uncovered.set(targetKey(t), t);
        }
      }
    }
  }

  const redirects = [...patterns.map((regexFilter) => ({ regexFilter })), ...searches];
  const rules = redirects.map((c, i) => redirectRule(firstId + i, c, pageUrl));
  const blocks = blocked.map((c, i) => redirectRule(firstId + rules.length + i, c, pageUrl));
  return { rules, blocks, uncovered: [...uncovered.values()] };
}

/**
 * Rules for searches for each name, in every search scope; `budget()` is how many rules may still be added.
 * Returns the names some of whose search pages got no rule at all (too long for RE2, or past the budget).
 * Spellings the rules leave out (see nameRegexes) are not counted here: the background tests those URLs
 * against the rules themselves.
 */
function compileNames(
  names: readonly NameTarget[],
  access: (domain: string) => boolean,
  budget: () => number,
  redirects: { regexFilter: string; requestDomains: string[] }[],
  blocks: { regexFilter: string; requestDomains: string[] }[],
): NameTarget[] {
  const misses: NameTarget[] = [];
  const scopes = names.length > 0 ? searchScopes(access) : [];
  for (const name of names) {
    let missed = false;
    for (const { scope, access: canRedirect } of scopes) {
      const regexes = nameRegexes(name, scope.guard, fits);
      const room = Math.max(0, budget());
      if (regexes.length === 0 || regexes.length > room) missed = true;
      for (const regexFilter of regexes.slice(0, room))
        (canRedirect ? redirects : blocks).push({ regexFilter, requestDomains: scope.domains });
    }
    if (missed) misses.push(name);
  }
  return misses;
}

function redirectRule(
  id: number,
  { regexFilter, requestDomains }: { regexFilter: string; requestDomains?: string[] },
  pageUrl: string,
): RedirectRule {
  return {
    id,
    priority: 1,
    // `\0` is inserted without encoding, so it must come after `#` where any character is allowed.
    action: { type: 'redirect', redirect: { regexSubstitution: `${pageUrl}#\\0` } },
    condition: {
      regexFilter,
      ...(requestDomains ? { requestDomains } : {}),
      resourceTypes: ['main_frame'],
      isUrlFilterCaseSensitive: false,
    },
  };
}

interface ShapeGroup {
  shape: DnrShape;
  items: { target: Target; alternative: string; compact: string | undefined }[];
}

function uniqueTargets(targets: readonly Target[]): Target[] {
  const byKey = new Map<string, Target>();
  for (const target of targets) {
    const canonical = target.kind === 'profile' ? canonicalProfile(target) : target;
    byKey.set(targetKey(canonical), canonical);
  }
  return [...byKey.values()];
}

function canonicalProfile(target: ProfileTarget): ProfileTarget {
  const handle = rulesOf(target.platform).canonicalHandle(target.handle);
  return handle === undefined || handle === target.handle ? target : { ...target, handle };
}

function groupByShape(targets: readonly ListedTarget[]): ShapeGroup[] {
  const groups = new Map<DnrShape, ShapeGroup>();
  const add = (shape: DnrShape, target: Target, alternative: string | undefined, compact?: string) => {
    if (alternative === undefined) return;
    let group = groups.get(shape);
    if (!group) {
      group = { shape, items: [] };
      groups.set(shape, group);
    }
    group.items.push({ target, alternative, compact });
  };
  for (const target of targets) {
    if (target.kind === 'site') add(SITE_SHAPE, target, siteAlternative(target));
    else {
      for (const shape of DNR_SHAPES[target.platform]) {
        add(shape, target, shape.alternative(target.handle), shape.compactAlternative?.(target.handle));
      }
    }
  }
  return [...groups.values()];
}

/** Any other site: that host with or without `www.`, that path and everything under it. */
const SITE_SHAPE: DnrShape = {
  tier: 'core',
  prefix: '^https?://(?:www\\.)?',
  suffix: '(?:[/?#].*)?$',
  alternative: () => undefined,
};

function siteAlternative(target: SiteTarget): string {
  const path = normalizeSitePath(target.path);
  const segments = path === '/' ? [] : path.slice(1).split('/');
  // `/+` between segments also takes `//`; segments are whole, so /blog never takes /blogroll.
  return `${escapeRegex(target.host)}\\.?${segments.map((s) => `/+${escapeRegex(s)}`).join('')}`;
}

function buildPattern(shape: DnrShape, alternatives: readonly string[]): string {
  const body = alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
  return `${shape.prefix}${body}${shape.suffix}`;
}

function fits(pattern: string): boolean {
  return pattern.length < MAX_PATTERN_LENGTH && estimateRe2Instructions(pattern) <= RE2_INSTRUCTION_BUDGET;
}

interface Chunk {
  /** `undefined` when even a lone target does not fit. */
  pattern: string | undefined;
  targets: Target[];
  /** The pattern covers these targets only in a shorter spelling. */
  partial: boolean;
}

/** Greedy packing: alternatives are added while the pattern stays within RE2's cap. */
function chunkIntoPatterns(group: ShapeGroup): Chunk[] {
  const chunks: Chunk[] = [];
  let alternatives: string[] = [];
  let members: Target[] = [];
  const flush = () => {
    if (members.length > 0) {
      chunks.push({ pattern: buildPattern(group.shape, alternatives), targets: members, partial: false });
    }
    alternatives = [];
    members = [];
  };
  for (const { target, alternative, compact } of group.items) {
    if (!fits(buildPattern(group.shape, [...alternatives, alternative]))) flush();
    if (fits(buildPattern(group.shape, [...alternatives, alternative]))) {
      alternatives.push(alternative);
      members.push(target);
    } else if (compact !== undefined && fits(buildPattern(group.shape, [compact]))) {
      chunks.push({ pattern: buildPattern(group.shape, [compact]), targets: [target], partial: true });
    } else {
      chunks.push({ pattern: undefined, targets: [target], partial: true });
    }
  }
  flush();
  return chunks;
}
