import { defineContentScript } from 'wxt/utils/define-content-script';
import { startInPageGuard } from '@/src/content/in-page-guard';
import { PLATFORM_HOST_PATTERNS } from '@/src/core/platform-hosts';

export default defineContentScript({
  matches: PLATFORM_HOST_PATTERNS,
  runAt: 'document_start',
  main: startInPageGuard,
});
