import { t } from '@/src/i18n/t';

/** Her language for each reason a link can't be blocked; the matcher's codes are the contract. */
export function parseErrorMessage(code: string | undefined): string {
  switch (code) {
    case 'empty':
      return t('errorEmpty');
    case 'not-a-link':
      return t('errorNotALink');
    case 'not-web':
      return t('errorNotWeb');
    case 'post':
      return t('errorPost');
    case 'not-profile':
      return t('errorNotProfile');
    default:
      return t('errorInvalid');
  }
}
