import { hostPatternsOf, siteOrigins } from './host-access';
import { normalizeSitePath, siteHost } from './normalize';
import type { DnrShape } from './platforms';
import { CONTACT_DNR_SHAPES, DNR_SHAPES } from './platforms/dnr-shapes';
import { escapeRegex, TRANSLATE_PROXY_PATTERNS } from './platforms/regex-text';
import { estimateRe2Instructions, RE2_INSTRUCTION_BUDGET } from './re2-size';
import { rulesOf } from './recognize';
import { nameRegexes, searchScopes } from './search/name-rules';
import type { ListedTarget, NameTarget, ProfileTarget, SiteTarget, Target } from './target';
import { targetKey } from './target';

interface DnrCondition {
  regexFilter: string;
  /** Searches: the engines' or platforms' domains (and their subdomains) the regex applies to. */
  requestDomains?: string[];
  resourceTypes: ['main_frame'];
  isUrlFilterCaseSensitive: false;
}

/** A declarativeNetRequest redirect rule, described without browser types so core stays pure. */
export interface RedirectRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: DnrCondition;
}

/** The same for a host the extension may not access: a block needs no access, a redirect does. */
export interface BlockRule {
  id: number;
  priority: number;
  action: { type: 'block' };
  condition: DnrCondition;
}

export type DnrRule = RedirectRule | BlockRule;

/** Chrome allows 1,000 regex rules per extension; leave it all to the blocker unless told otherwise. */
export const MAX_DNR_REGEX_RULES = 1000;
/** Chrome also rejects a regexFilter longer than this, whatever it compiles to. */
const MAX_PATTERN_LENGTH = 2000;

export interface DnrCompilation {
  rules: RedirectRule[];
  /**
   * URL forms on hosts the extension may not access (she said no, or was never asked: mirrors, proxies,
   * search domains): a redirect would not apply there, so they block (no access needed). Ids follow the
   * redirects'.
   */
  blocks: BlockRule[];
  /**
   * Targets some of whose core URL forms got no rule, or only a shorter spelling: too long for RE2's
   * cap, or past `maxRules`. Stretch forms (mirrors, viewers, proxies) are emitted while the budget lasts
   * and not reported. The background's navigation layer catches every URL no redirect rule takes
   * (src/background/first-layer.ts), whichever the reason. Names some of whose search pages got no rule
   * are counted here too.
   */
  uncovered: Target[];
  /** Targets some of whose stretch forms got no rule or a shorter spelling. */
  uncoveredStretch: Target[];
}

export interface DnrOptions {
  firstId?: number;
  maxRules?: number;
  /**
   * Whether the extension may access every host of `patterns` (match patterns; `[]` is the manifest's
   * own hosts). Chrome redirects only with host access, and blocks without it
   * (https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest#rule-actions): URL
   * forms on hosts without access get block rules. Default: all granted.
   */
  hasAccess?(patterns: readonly string[]): boolean;
  /** Whether the extension may redirect pages of a search domain (host access); all of them unless told. */
  searchAccess?: (domain: string) => boolean;
}

/**
 * Redirect rules that send every full navigation to one of the targets to `pageUrl#<the blocked URL>`.
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
 * cap. Core URL forms are emitted first; mirror and viewer forms only while `maxRules` allows.
 */
export function compileDnr(
  targets: readonly Target[],
  pageUrl: string,
  options: DnrOptions = {},
): DnrCompilation {
  const firstId = options.firstId ?? 1;
  const maxRules = options.maxRules ?? MAX_DNR_REGEX_RULES;
  const unique = uniqueTargets(targets);
  const listed = unique.filter((t): t is ListedTarget => t.kind !== 'name');
  const groups = groupByShape(listed, options.hasAccess ?? (() => true));
  const redirects: DnrCondition[] = [];
  const blocked: DnrCondition[] = [];
  const uncovered = { core: new Map<string, Target>(), stretch: new Map<string, Target>() };
  const budget = () => maxRules - redirects.length - blocked.length;

  for (const tier of ['core', 'stretch'] as const) {
    // Searches for his names come after his profiles' core forms, before the rarer spellings.
    if (tier === 'stretch') {
      const names = unique.filter((t): t is NameTarget => t.kind === 'name');
      for (const miss of compileNames(
        names,
        options.searchAccess ?? (() => true),
        budget,
        redirects,
        blocked,
      ))
        uncovered.core.set(targetKey(miss), miss);
    }
    for (const group of groups.filter((g) => g.shape.tier === tier)) {
      for (const chunk of chunkIntoPatterns(group)) {
        const emitted = chunk.pattern !== undefined && budget() > 0;
        if (emitted && chunk.pattern !== undefined) {
          (group.block ? blocked : redirects).push(condition(chunk.pattern));
        }
        if (!emitted || chunk.partial) {
          for (const t of chunk.targets) uncovered[tier].set(targetKey(t), t);
        }
      }
    }
  }

  const rules = redirects.map(
    (c, i): RedirectRule => ({
      id: firstId + i,
      priority: 1,
      // `\0` is inserted without encoding, so it must come after `#` where any character is allowed.
      action: { type: 'redirect', redirect: { regexSubstitution: `${pageUrl}#\\0` } },
      condition: c,
    }),
  );
  const blocks = blocked.map(
    (c, i): BlockRule => ({
      id: firstId + rules.length + i,
      priority: 1,
      action: { type: 'block' },
      condition: c,
    }),
  );
  return {
    rules,
    blocks,
    uncovered: [...uncovered.core.values()],
    uncoveredStretch: [...uncovered.stretch.values()],
  };
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
  redirects: DnrCondition[],
  blocks: DnrCondition[],
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
        (canRedirect ? redirects : blocks).push(condition(regexFilter, scope.domains));
    }
    if (missed) misses.push(name);
  }
  return misses;
}

function condition(regexFilter: string, requestDomains?: string[]): DnrCondition {
  return {
    regexFilter,
    ...(requestDomains ? { requestDomains } : {}),
    resourceTypes: ['main_frame'],
    isUrlFilterCaseSensitive: false,
  };
}

/**
 * The sets of match patterns the targets' rules depend on, each once: what the background asks the
 * browser about (`permissions.contains`) before it compiles with `hasAccess`.
 */
export function accessNeeds(targets: readonly Target[]): string[][] {
  const needs = new Map<string, string[]>();
  for (const target of uniqueTargets(targets)) {
    if (target.kind === 'name') continue;
    for (const { access } of shapesOf(target)) {
      if (access.length > 0) needs.set(access.join(' '), [...access]);
    }
  }
  return [...needs.values()];
}

interface ShapeGroup {
  shape: DnrShape;
  prefix: string;
  /** Hosts without access: the rule blocks instead of redirecting. */
  block: boolean;
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

/** One URL form of a target: its shape, the prefix and alternative it gets there, the access it needs. */
interface TargetShape {
  shape: DnrShape;
  prefix: string | undefined;
  alternative: string | undefined;
  compact: string | undefined;
  access: readonly string[];
}

function shapesOf(target: ListedTarget): TargetShape[] {
  if (target.kind === 'site') {
    return [
      {
        shape: SITE_SHAPE,
        ...siteForm(SITE_SHAPE, siteAlternative(target)),
        access: siteOrigins(target.host),
      },
      {
        shape: SITE_TRANSLATED_SHAPE,
        ...siteForm(SITE_TRANSLATED_SHAPE, siteTranslatedAlternative(target)),
        access: TRANSLATE_PROXY_PATTERNS,
      },
    ];
  }
  if (target.kind === 'phone' || target.kind === 'email') {
    const value = target.kind === 'phone' ? target.number : target.address;
    return CONTACT_DNR_SHAPES[target.kind].map((shape) => ({
      shape,
      prefix: shape.prefix,
      alternative: shape.alternative(value),
      compact: undefined,
      access: shape.access?.(value) ?? hostPatternsOf(target),
    }));
  }
  const own = hostPatternsOf(target);
  return DNR_SHAPES[target.platform].map((shape) => ({
    shape,
    prefix: shape.prefixFor ? shape.prefixFor(target.handle) : shape.prefix,
    alternative: shape.alternative(target.handle),
    compact: shape.compactAlternative?.(target.handle),
    access: shape.access?.(target.handle) ?? own,
  }));
}

const siteForm = (shape: DnrShape, alternative: string) => ({
  prefix: shape.prefix,
  alternative,
  compact: undefined,
});

function groupByShape(
  targets: readonly ListedTarget[],
  hasAccess: (p: readonly string[]) => boolean,
): ShapeGroup[] {
  const groups = new Map<string, ShapeGroup>();
  const shapeIds = new Map<DnrShape, number>();
  for (const target of targets) {
    for (const { shape, prefix, alternative, compact, access } of shapesOf(target)) {
      if (alternative === undefined || prefix === undefined) continue;
      const block = access.length > 0 && !hasAccess(access);
      let id = shapeIds.get(shape);
      if (id === undefined) {
        id = shapeIds.size;
        shapeIds.set(shape, id);
      }
      const key = `${id} ${block} ${prefix}`;
      let group = groups.get(key);
      if (!group) {
        group = { shape, prefix, block, items: [] };
        groups.set(key, group);
      }
      group.items.push({ target, alternative, compact });
    }
  }
  return [...groups.values()];
}

/** Any other site: that host with or without `www.`, `m.`, `mobile.`, that path and everything under it. */
const SITE_SHAPE: DnrShape = {
  tier: 'core',
  prefix: '^https?://(?:(?:www|m|mobile)\\.)?',
  suffix: '(?:[/?#].*)?$',
  alternative: () => undefined,
};

/** The same site through Google Translate's proxy (unwrap.ts): `www-example-org.translate.goog/path`. */
const SITE_TRANSLATED_SHAPE: DnrShape = {
  tier: 'stretch',
  prefix: '^https?://(?:(?:www|m|mobile)-)?',
  suffix: '(?:[/?#].*)?$',
  alternative: () => undefined,
};

/** `/+` between segments also takes `//`; segments are whole, so /blog never takes /blogroll. */
function sitePath(target: SiteTarget): string {
  const path = normalizeSitePath(target.path);
  const segments = path === '/' ? [] : path.slice(1).split('/');
  return segments.map((s) => `/+${escapeRegex(s)}`).join('');
}

function siteAlternative(target: SiteTarget): string {
  return `${escapeRegex(siteHost(target.host))}\\.?${sitePath(target)}`;
}

function siteTranslatedAlternative(target: SiteTarget): string {
  const label = siteHost(target.host).replace(/-/g, '--').replace(/\./g, '-');
  return `${escapeRegex(label)}\\.translate\\.goog\\.?${sitePath(target)}`;
}

function buildPattern(group: ShapeGroup, alternatives: readonly string[]): string {
  const body = alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
  return `${group.prefix}${body}${group.shape.suffix}`;
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
      chunks.push({ pattern: buildPattern(group, alternatives), targets: members, partial: false });
    }
    alternatives = [];
    members = [];
  };
  for (const { target, alternative, compact } of group.items) {
    if (!fits(buildPattern(group, [...alternatives, alternative]))) flush();
    if (fits(buildPattern(group, [...alternatives, alternative]))) {
      alternatives.push(alternative);
      members.push(target);
    } else if (compact !== undefined && fits(buildPattern(group, [compact]))) {
      chunks.push({ pattern: buildPattern(group, [compact]), targets: [target], partial: true });
    } else {
      chunks.push({ pattern: undefined, targets: [target], partial: true });
    }
  }
  flush();
  return chunks;
}
