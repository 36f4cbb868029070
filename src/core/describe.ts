import { describeProfile, type TargetDescription } from './describe-profile';
import { formatPhone } from './phone-input';
import { rulesOf } from './recognize';
import type { ListedTarget } from './target';

export type { CoverageFeature, TargetDescription } from './describe-profile';

/** A profile, site, number or address in words (a name belongs to the person and is shown as itself). */
export function describeTarget(target: ListedTarget): TargetDescription {
  switch (target.kind) {
    case 'profile':
      return describeProfile(target);
    case 'site': {
      const whole = target.path === '/';
      return {
        kind: 'site',
        platformName: target.host,
        display: whole ? target.host : `${target.host}${target.path}`,
        alsoCovers: [`www.${target.host}`, `m.${target.host}`],
        alsoCoversFeatures: ['subpages'],
      };
    }
    case 'phone':
      return {
        kind: 'phone',
        platformName: 'Phone',
        display: formatPhone(target.number),
        alsoCovers: [],
        alsoCoversFeatures: ['chat-links'],
      };
    case 'email':
      return {
        kind: 'email',
        platformName: 'Email',
        display: target.address,
        alsoCovers: [],
        alsoCoversFeatures: ['compose-links'],
      };
  }
}

/**
 * The address to open for a target: the profile on its main host, the site page, a WhatsApp chat with the
 * number, a Gmail window addressed to him (each one No Contact stops).
 */
export function targetUrl(target: ListedTarget): string {
  switch (target.kind) {
    case 'profile':
      return rulesOf(target.platform).profileUrl(target.handle);
    case 'site':
      return `https://${target.host}${target.path}`;
    case 'phone':
      return `https://wa.me/${target.number.slice(1)}`;
    case 'email':
      return `https://mail.google.com/mail/?view=cm&to=${encodeURIComponent(target.address)}`;
  }
}
