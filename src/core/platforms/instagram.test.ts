import { describePlatform } from '../fixtures/platform-table';

describePlatform('Instagram, through viewer sites and Google Translate', {
  target: [
    'https://www.instagram.com/sam.rivers_/',
    { kind: 'profile', platform: 'instagram', handle: 'sam.rivers_' },
  ],
  sameTarget: [
    'https://www-instagram-com.translate.goog/sam.rivers_/?_x_tr_sl=auto&_x_tr_tl=fr',
    'https://imginn.com/sam.rivers_/',
    'https://www.picnob.com/profile/sam.rivers_/',
  ],
  blocks: [
    'https://www-instagram-com.translate.goog/sam.rivers_/?_x_tr_sl=auto&_x_tr_tl=fr',
    'https://m-instagram-com.translate.goog/stories/sam.rivers_/',
    'https://instagram-com.translate.goog/Sam.Rivers_',
    'https://imginn.com/sam.rivers_/',
    'https://imginn.com/stories/sam.rivers_/',
    'https://www.picuki.com/profile/sam.rivers_',
    'https://www.picnob.com/profile/sam.rivers_/',
    'https://www.pixwox.com/profile/sam.rivers_/',
    'https://dumpor.com/v/sam.rivers_',
    'https://greatfon.com/v/sam.rivers_',
  ],
  allows: [
    'https://www-instagram-com.translate.goog/sam.rivers/?_x_tr_sl=auto',
    'https://www-instagram-com.translate.goog/explore/',
    'https://www--instagram-com.translate.goog/sam.rivers_/',
    'https://www-notinstagram-com.translate.goog/sam.rivers_/',
    'https://www.picnob.com/sam.rivers_/',
    'https://greatfon.com/v/sam.rivers',
    'https://imginn.com/p/C1a2B3c4D5e/',
  ],
});
