import { describePlatform } from './fixtures/platform-table';

describePlatform(
  'a site: www., m. and mobile. are the same site, case never matters, paths are whole segments',
  {
    target: [
      'https://www.samrivers-design.com/work/',
      { kind: 'site', host: 'samrivers-design.com', path: '/work' },
    ],
    sameTarget: [
      'M.SamRivers-Design.com/work',
      'mobile.samrivers-design.com/work//',
      'samrivers-design.com/work',
    ],
    blocks: [
      'https://samrivers-design.com/work/2024',
      'https://m.samrivers-design.com/work/',
      'https://mobile.samrivers-design.com/work',
      'https://WWW.SAMRIVERS-DESIGN.COM/work',
      'https://www.samrivers-design.com/Work/Portfolio?x=1',
      'http://samrivers-design.com./work#top',
      'https://www-samrivers--design-com.translate.goog/work/?_x_tr_sl=auto',
    ],
    allows: [
      'https://www.samrivers-design.com/workshop/',
      'https://www.samrivers-design.com/',
      'https://blog.samrivers-design.com/work',
      'https://samrivers-design.com.evil.example/work',
      'https://www-samrivers-design-com.translate.goog/work/',
    ],
  },
);

describePlatform('a site whose name starts with mobile. keeps its name', {
  target: ['https://www.mobile.de/autos/', { kind: 'site', host: 'mobile.de', path: '/autos' }],
  blocks: ['https://mobile.de/autos/123', 'https://m.mobile.de/autos'],
  allows: ['https://de/autos', 'https://www.mobile.de/'],
});
