import { describePlatform } from '../fixtures/platform-table';

describePlatform('Tumblr', {
  target: ['https://samrivers.tumblr.com/', { kind: 'profile', platform: 'tumblr', handle: 'samrivers' }],
  sameTarget: [
    'https://www.tumblr.com/samrivers',
    'tumblr.com/SamRivers/7654321',
    'www.tumblr.com/blog/view/samrivers',
  ],
  blocks: [
    'https://samrivers.tumblr.com/',
    'https://samrivers.tumblr.com/tagged/art',
    'https://SamRivers.tumblr.com/post/7654321/a-post',
    'https://www.tumblr.com/samrivers/7654321',
    'https://tumblr.com/samrivers',
    'https://www.tumblr.com/blog/view/samrivers',
    'https://www.tumblr.com/dashboard/blog/samrivers',
  ],
  allows: [
    'https://samrivers-art.tumblr.com/',
    'https://art-samrivers.tumblr.com/',
    'https://www.tumblr.com/samrivers-art',
    'https://www.tumblr.com/dashboard',
    'https://www.tumblr.com/tagged/samrivers',
    'https://www.tumblr.com/search/samrivers',
    'https://64.media.tumblr.com/samrivers/abc.jpg',
    'https://samrivers.tumblr.com.evil.example/',
    'https://www.tumblr.com/',
  ],
  refuses: [
    ['https://www.tumblr.com/dashboard', 'platform-page'],
    ['https://www.tumblr.com/', 'platform-home'],
  ],
});
