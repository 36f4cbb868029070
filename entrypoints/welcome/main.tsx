import { t } from '@/src/i18n/t';
import { mount } from '@/src/ui/common/mount';
import { WelcomeApp } from '@/src/ui/welcome/WelcomeApp';

mount(WelcomeApp, t('welcomeTitle'));
