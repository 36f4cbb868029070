import { t } from '@/src/i18n/t';
import { mount } from '@/src/ui/common/mount';
import { PopupApp } from '@/src/ui/popup/PopupApp';

mount(PopupApp, t('extName'));
