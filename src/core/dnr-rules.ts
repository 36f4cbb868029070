import { normalizeSitePath } from './normalize';
import type { DnrShape } from './platforms';
import { DNR_SHAPES } from './platforms/dnr-shapes';
import { escapeRegex } from './platforms/regex-text';
import { estimateRe2Instructions, RE2_INSTRUCTION_BUDGET } from './re2-size';
import { rulesOf } from './recognize';
import type { ProfileTarget, SiteTarget, Target } from './target';
import { targetKey } from './target';

/** A declarativeNetRequest redirect rule, described without browser types so core stays pure. */
export interface RedirectRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: { regexFilter: string; resourceTypes: ['main_frame']; isUrlFilterCaseSensitive: false };
}

/** Chrome allows 1,000 regex rules per extension; leave it all to the blocker unless told otherwise. */
export const MAX_DNR_REGEX_RULES = 1000;
/** Chrome also rejects a regexFilter longer than this, whatever it compiles to. */
const MAX_PATTERN_LENGTH = 2000;

export interface DnrCompilation {
  rules: RedirectRule[];
  /**
   * Targets some of whose URL forms got no rule, or only a shorter spelling: too long for RE2's cap,
   * or past `maxRules`. The background's navigation listeners must catch those forms.
   */
  uncovered: Target[];
}

export interface DnrOptions {
  firstId?: number;
  maxRules?: number;
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
  const groups = groupByShape(uniqueTargets(targets));
  const patterns: string[] = [];
  const uncovered = new Map<string, Target>();

  for (const tier of ['core', 'stretch'] as const) {
    for (const group of groups.filter((g) => g.shape.tier === tier)) {
      for (const chunk of chunkIntoPatterns(group)) {
        const emitted = chunk.pattern !== undefined && patterns.length < maxRules;
        if (emitted && chunk.pattern !== undefined) patterns.push(chunk.pattern);
        if (!emitted || chunk.partial) {
          for (const t of chunk.targets) uncovered.set(targetKey(t), t);
        }
      }
    }
  }

  const rules = patterns.map((regexFilter, i) => redirectRule(firstId + i, regexFilter, pageUrl));
  return { rules, uncovered: [...uncovered.values()] };
}

function redirectRule(id: number, regexFilter: string, pageUrl: string): RedirectRule {
  return {
    id,
    priority: 1,
    // `\0` is inserted without encoding, so it must come after `#` where any character is allowed.
    action: { type: 'redirect', redirect: { regexSubstitution: `${pageUrl}#\\0` } },
    condition: { regexFilter, resourceTypes: ['main_frame'], isUrlFilterCaseSensitive: false },
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

function groupByShape(targets: readonly Target[]): ShapeGroup[] {
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
