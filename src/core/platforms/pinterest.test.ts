import { describePlatform } from '../fixtures/platform-table';

describePlatform('Pinterest', {
  target: [
    'https://www.pinterest.com/samrivers/',
    { kind: 'profile', platform: 'pinterest', handle: 'samrivers' },
  ],
  sameTarget: [
    'https://www.pinterest.fr/samrivers/recipes/',
    'br.pinterest.com/SamRivers',
    '@samrivers on pinterest',
  ],
  blocks: [
    'https://www.pinterest.com/samrivers/',
    'https://www.pinterest.fr/samrivers/recipes/',
    'https://br.pinterest.com/SamRivers/',
    'https://www.pinterest.co.uk/samrivers/_saved/',
    'https://pinterest.com.mx/samrivers',
    'https://www.pinterest.com.au/samrivers/',
    'https://www.pinterest.de/samrivers/',
    'https://in.pinterest.com/samrivers/',
    'https://pinterest.jp/samrivers/',
    // A country no list names is still Pinterest's.
    'https://www.pinterest.com.ar/samrivers/',
  ],
  allows: [
    'https://www.pinterest.com/samriver/',
    'https://www.pinterest.com/samrivers2/',
    'https://www.pinterest.com/search/pins/?q=samrivers',
    'https://www.pinterest.com/pin/123456789/',
    'https://www.pinterest.com/ideas/',
    'https://www.pinterest.com/',
    'https://notpinterest.com/samrivers/',
    'https://pinterest.com.evil.example/samrivers/',
  ],
  refuses: [
    ['https://www.pinterest.com/pin/123456789/', 'post'],
    ['https://www.pinterest.com/search/pins/?q=x', 'platform-page'],
    ['https://www.pinterest.fr/', 'platform-home'],
  ],
});
