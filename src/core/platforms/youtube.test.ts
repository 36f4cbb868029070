import { describePlatform } from '../fixtures/platform-table';

describePlatform('YouTube, by channel id', {
  target: [
    'https://www.youtube.com/channel/UCz9y8x7w6v5u4t3s2r1q0pA',
    { kind: 'profile', platform: 'youtube', handle: 'channel/UCz9y8x7w6v5u4t3s2r1q0pA' },
  ],
  sameTarget: ['m.youtube.com/channel/UCz9y8x7w6v5u4t3s2r1q0pA/streams'],
  blocks: [
    'https://m.youtube.com/channel/UCz9y8x7w6v5u4t3s2r1q0pA/streams',
    'https://www.youtube.com/channel/UCz9y8x7w6v5u4t3s2r1q0pA/videos?view=0',
    'https://youtube.com/channel/UCz9y8x7w6v5u4t3s2r1q0pA',
  ],
  allows: [
    'https://www.youtube.com/channel/UCz9y8x7w6v5u4t3s2r1q0pB',
    'https://www.youtube.com/channel/UCz9y8x7w6v5u4t3s2r1q0pAx',
    'https://www.youtube.com/@UCz9y8x7w6v5u4t3s2r1q0pA2',
  ],
  refuses: [
    ['https://www.youtube.com/channel/', 'missing-id'],
    ['https://www.youtube.com/channel/UCabc123', 'invalid-id'],
  ],
});

describePlatform('YouTube, by legacy user name', {
  target: [
    'https://www.youtube.com/user/SamRivers',
    { kind: 'profile', platform: 'youtube', handle: 'user/samrivers' },
  ],
  blocks: ['https://m.youtube.com/user/samrivers/videos', 'https://www.youtube.com/user/SAMRIVERS'],
  allows: [
    'https://www.youtube.com/user/samrivers2',
    'https://www.youtube.com/@samrivers',
    'https://www.youtube.com/c/samrivers',
  ],
});

describePlatform('YouTube, by custom URL', {
  target: [
    'https://www.youtube.com/c/SamRivers',
    { kind: 'profile', platform: 'youtube', handle: 'c/samrivers' },
  ],
  sameTarget: ['https://www.youtube.com/samrivers'],
  blocks: ['https://www.youtube.com/c/samrivers/about', 'https://www.youtube.com/SamRivers/videos'],
  allows: [
    'https://www.youtube.com/c/samrivers2',
    'https://www.youtube.com/feed/subscriptions',
    'https://www.youtube.com/results?search_query=samrivers',
  ],
  refuses: [
    ['https://www.youtube.com/feed/subscriptions', 'platform-page'],
    ['https://www.youtube.com/playlist?list=PL123', 'post'],
  ],
});
