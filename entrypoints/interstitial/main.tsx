import { t } from '@/src/i18n/t';
import { mount } from '@/src/ui/common/mount';
import { InterstitialApp } from '@/src/ui/interstitial/InterstitialApp';

mount(InterstitialApp, t('interstitialTitle'));
