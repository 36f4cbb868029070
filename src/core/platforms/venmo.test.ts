import { describePlatform } from '../fixtures/platform-table';

describePlatform('Venmo', {
  target: [
    'https://venmo.com/u/Sam-Rivers-3',
    { kind: 'profile', platform: 'venmo', handle: 'sam-rivers-3' },
  ],
  sameTarget: [
    'https://account.venmo.com/u/sam-rivers-3',
    'venmo.com/sam-rivers-3',
    '@Sam-Rivers-3 on venmo',
  ],
  blocks: [
    'https://account.venmo.com/u/Sam-Rivers-3',
    'https://venmo.com/u/sam-rivers-3',
    'https://venmo.com/sam-rivers-3',
    'https://www.venmo.com/Sam-Rivers-3?txn=pay',
    'https://account.venmo.com/u/sam-rivers-3/',
  ],
  allows: [
    'https://venmo.com/u/Sam-Rivers-33',
    'https://venmo.com/u/Sam-Rivers',
    'https://venmo.com/legal/',
    'https://venmo.com/about/',
    'https://account.venmo.com/',
    'https://account.venmo.com/pay',
    'https://help.venmo.com/hc/en-us',
  ],
  refuses: [
    ['https://account.venmo.com/u/', 'missing-id'],
    ['https://venmo.com/legal/', 'platform-page'],
    ['https://venmo.com/', 'platform-home'],
  ],
});
