import { describePlatform } from '../fixtures/platform-table';

describePlatform('Facebook, by numeric id', {
  target: [
    'https://www.facebook.com/people/Sam-Rivers/100098765432109/',
    { kind: 'profile', platform: 'facebook', handle: '100098765432109' },
  ],
  sameTarget: ['https://www.facebook.com/100098765432109/', 'facebook.com/profile.php?id=100098765432109'],
  blocks: [
    'https://www.facebook.com/people/Sam-Rivers/100098765432109/',
    'https://www.facebook.com/people/Someone-Else/100098765432109',
    'https://www.facebook.com/100098765432109/',
    'https://m.facebook.com/100098765432109/photos',
    'https://www-facebook-com.translate.goog/100098765432109/?_x_tr_sl=auto',
    { url: 'https://www-facebook-com.translate.goog/people/Sam-Rivers/100098765432109/', rules: false },
  ],
  allows: [
    'https://www.facebook.com/people/Sam-Rivers/100098765432108/',
    'https://www.facebook.com/people/Sam-Rivers/',
    'https://www.facebook.com/1000987654321090/',
  ],
});
