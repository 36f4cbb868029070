/**
 * Match patterns for the hosts where profiles live: the manifest's host access and the in-page
 * guard's content script both use them. Other sites she adds are asked for one at a time.
 */
export const PLATFORM_HOST_PATTERNS = [
  '*://*.instagram.com/*',
  '*://instagr.am/*',
  '*://*.instagr.am/*',
  '*://*.threads.net/*',
  '*://*.threads.com/*',
  '*://*.x.com/*',
  '*://*.twitter.com/*',
  '*://*.facebook.com/*',
  '*://*.fb.com/*',
  '*://*.messenger.com/*',
  '*://*.tiktok.com/*',
  '*://*.linkedin.com/*',
  '*://*.youtube.com/*',
  '*://*.reddit.com/*',
  '*://*.snapchat.com/*',
];
