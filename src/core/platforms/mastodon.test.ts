import { describePlatform } from '../fixtures/platform-table';

describePlatform('Mastodon, on a server the list knows', {
  target: [
    'https://fosstodon.org/@samrivers',
    { kind: 'profile', platform: 'mastodon', handle: 'samrivers@fosstodon.org' },
  ],
  sameTarget: [
    '@samrivers@fosstodon.org',
    '@SamRivers@Fosstodon.org',
    'https://fosstodon.org/users/samrivers',
    'https://mastodon.social/@samrivers@fosstodon.org',
    '@samrivers@fosstodon.org on mastodon',
  ],
  blocks: [
    'https://fosstodon.org/@samrivers',
    'https://fosstodon.org/@SamRivers/media',
    'https://fosstodon.org/@samrivers/113000000000000000',
    'https://fosstodon.org/users/samrivers',
    'https://fosstodon.org/users/samrivers/statuses/113000000000000000',
    'https://fosstodon.org/web/@samrivers',
    'https://fosstodon.org/deck/@samrivers',
    'https://mastodon.social/@samrivers@fosstodon.org',
    'https://her.example-server.net/@samrivers@fosstodon.org/with_replies',
  ],
  allows: [
    'https://fosstodon.org/@samrivers_',
    'https://fosstodon.org/@samriver',
    'https://fosstodon.org/about',
    'https://fosstodon.org/explore',
    'https://fosstodon.org/tags/samrivers',
    'https://fosstodon.org/',
    'https://mastodon.social/@samrivers',
    'https://mastodon.social/@samrivers@fosstodon.org.evil',
    'https://fosstodon.org.evil.example/@samrivers',
  ],
  refuses: [
    ['@samrivers on mastodon', 'needs-server'],
    ['https://fosstodon.org/about', 'platform-page'],
    ['https://fosstodon.org/', 'platform-home'],
  ],
});

describePlatform('Mastodon, on any other server', {
  target: [
    'https://social.example-server.net/@samrivers',
    { kind: 'profile', platform: 'mastodon', handle: 'samrivers@social.example-server.net' },
  ],
  sameTarget: [
    '@samrivers@social.example-server.net',
    'https://mastodon.social/@samrivers@social.example-server.net',
  ],
  blocks: [
    'https://social.example-server.net/@samrivers/media',
    // /users/<name> is only read as a profile once his account on that server is listed.
    'https://social.example-server.net/users/samrivers',
    'https://www.social.example-server.net/@samrivers',
  ],
  allows: [
    'https://social.example-server.net/@samrivers2',
    'https://social.example-server.net/about',
    'https://other.example-server.net/@samrivers',
  ],
});

describePlatform('Sites with /@name accounts of their own stay sites', {
  target: ['https://medium.com/@samrivers', { kind: 'site', host: 'medium.com', path: '/@samrivers' }],
  blocks: ['https://medium.com/@samrivers/a-post-1a2b3c'],
  allows: ['https://medium.com/users/samrivers', 'https://medium.com/@samrivers2'],
});

describePlatform('/users/<name> on a server no one names stays a site', {
  target: [
    'https://example.org/users/samrivers',
    { kind: 'site', host: 'example.org', path: '/users/samrivers' },
  ],
  blocks: ['https://example.org/users/samrivers/posts'],
  allows: ['https://example.org/@samrivers', 'https://example.org/users/samrivers2'],
});
