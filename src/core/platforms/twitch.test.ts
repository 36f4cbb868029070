import { describePlatform } from '../fixtures/platform-table';

describePlatform('Twitch', {
  target: ['https://www.twitch.tv/samrivers', { kind: 'profile', platform: 'twitch', handle: 'samrivers' }],
  sameTarget: [
    'm.twitch.tv/SamRivers/videos',
    'https://player.twitch.tv/?channel=samrivers',
    'samrivers on twitch',
  ],
  blocks: [
    'https://www.twitch.tv/samrivers',
    'https://m.twitch.tv/samrivers',
    'https://www.twitch.tv/SamRivers/schedule',
    'https://twitch.tv/samrivers/about',
    'https://www.twitch.tv/samrivers/clip/AwkwardHelplessSalamander',
    'https://www.twitch.tv/popout/samrivers/chat?popout=',
    'https://www.twitch.tv/embed/samrivers/chat',
    'https://player.twitch.tv/?channel=samrivers&parent=example.org',
    'https://player.twitch.tv/?parent=example.org&channel=SamRivers',
  ],
  allows: [
    'https://www.twitch.tv/samriversgames',
    'https://www.twitch.tv/samriver',
    'https://www.twitch.tv/videos/123',
    'https://www.twitch.tv/directory',
    'https://www.twitch.tv/search?term=samrivers',
    'https://www.twitch.tv/',
    'https://player.twitch.tv/?channel=samriversgames',
    'https://www.twitch.tv/team/samrivers',
  ],
  refuses: [
    ['https://www.twitch.tv/videos/123', 'platform-page'],
    ['https://clips.twitch.tv/AwkwardHelplessSalamander', 'post'],
    ['https://www.twitch.tv/', 'platform-home'],
  ],
});
