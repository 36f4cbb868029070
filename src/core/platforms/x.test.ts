import { describePlatform } from '../fixtures/platform-table';

describePlatform('X, through its mirrors and embed fixers', {
  target: ['https://x.com/sam_rivers', { kind: 'profile', platform: 'x', handle: 'sam_rivers' }],
  sameTarget: [
    'https://nitter.net/Sam_Rivers',
    'xcancel.com/sam_rivers/with_replies',
    'https://fxtwitter.com/sam_rivers/status/1',
  ],
  blocks: [
    'https://nitter.net/Sam_Rivers/with_replies',
    'https://nitter.net/sam_rivers/status/1800000000000000000#m',
    'https://xcancel.com/sam_rivers',
    'https://nitter.poast.org/sam_rivers/media',
    'https://nitter.privacydev.net/sam_rivers',
    'https://nitter.space/sam_rivers',
    'https://fxtwitter.com/sam_rivers/status/1800000000000000000',
    'https://d.fxtwitter.com/sam_rivers/status/1800000000000000000',
    'https://vxtwitter.com/sam_rivers/status/1800000000000000000',
    'https://fixupx.com/sam_rivers/status/1800000000000000000',
    'https://fixvx.com/sam_rivers',
    'https://x-com.translate.goog/sam_rivers?_x_tr_sl=auto&_x_tr_tl=es',
    'https://mobile-twitter-com.translate.goog/sam_rivers',
  ],
  allows: [
    'https://nitter.net/sam_rivers_2',
    'https://nitter.net/search?q=sam_rivers',
    'https://nitter.net/pic/media%2Fsam_rivers.jpg',
    'https://fixupx.com/someone_else/status/1',
    'https://xcancel.com/',
    'https://notnitter.net/sam_rivers',
    'https://nitter.net.evil.example/sam_rivers',
    'https://evil--x-com.translate.goog/sam_rivers',
  ],
  refuses: [
    ['https://nitter.net/', 'platform-home'],
    ['https://nitter.net/search?q=x', 'platform-page'],
    ['https://fxtwitter.com/i/status/1800000000000000000', 'post'],
  ],
});
