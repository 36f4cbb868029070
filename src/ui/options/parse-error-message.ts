import { t } from '@/src/i18n/t';

/** Her language for each reason a text can't be blocked; the matcher's codes are the contract. */
export function parseErrorMessage(code: string | undefined, platformName?: string): string {
  const platform = platformName ?? '';
  switch (code) {
    case 'empty':
      return t('errorEmpty');
    case 'not-a-link':
      return t('errorNotALink');
    case 'not-a-web-link':
    case 'not-web':
      return t('errorNotWebLink');
    case 'post':
      return t('errorPost');
    case 'platform-page':
      return platform ? t('errorPlatformPage', platform) : t('errorNotProfile');
    case 'platform-home':
      return platform ? t('errorPlatformHome', platform) : t('errorNotProfile');
    case 'needs-platform':
      return t('errorNeedsPlatform');
    case 'unknown-platform':
      return t('errorUnknownPlatform');
    case 'invalid-handle':
      return platform ? t('errorInvalidHandle', platform) : t('errorInvalid');
    case 'missing-id':
      return platform ? t('errorMissingId', platform) : t('errorNotProfile');
    case 'invalid-id':
      return platform ? t('errorInvalidId', platform) : t('errorInvalid');
    case 'needs-server':
      return t('errorNeedsServer');
    case 'not-profile':
      return t('errorNotProfile');
    case 'phone-too-short':
      return t('errorPhoneTooShort');
    case 'phone-too-long':
      return t('errorPhoneTooLong');
    case 'phone-letters':
      return t('errorPhoneLetters');
    case 'phone-needs-country':
      return t('errorPhoneNeedsCountry');
    case 'phone-invalid':
      return t('errorPhoneInvalid');
    case 'email-no-domain':
      return t('errorEmailNoDomain');
    default:
      return t('errorInvalid');
  }
}
