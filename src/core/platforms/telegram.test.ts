import { describePlatform } from '../fixtures/platform-table';

describePlatform('Telegram', {
  target: ['https://t.me/samrivers', { kind: 'profile', platform: 'telegram', handle: 'samrivers' }],
  sameTarget: [
    'telegram.me/SamRivers',
    'https://t.me/s/samrivers',
    'tg://resolve?domain=samrivers',
    '@samrivers on telegram',
  ],
  blocks: [
    'https://t.me/samrivers',
    'https://telegram.me/samrivers',
    'https://t.me/s/SamRivers',
    'https://t.me/samrivers/42',
    'https://t.me/samrivers?start=x',
    'https://samrivers.t.me/',
    'https://telegram.dog/samrivers',
    'https://t.me/boost/samrivers',
  ],
  allows: [
    'https://t.me/samrivers_bot',
    'https://t.me/samriver',
    'https://t.me/s/samrivers2',
    'https://t.me/joinchat/AAAAAEsamrivers',
    'https://t.me/+AbCdEfGhIjK',
    'https://t.me/addstickers/samrivers',
    'https://telegram.org/faq',
    'https://t.me/',
  ],
  refuses: [
    ['https://t.me/joinchat/AAAAAE', 'platform-page'],
    ['https://t.me/', 'platform-home'],
    ['@sam on telegram', 'invalid-handle'],
  ],
});
