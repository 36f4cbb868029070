import { t } from '@/src/i18n/t';
import { mount } from '@/src/ui/common/mount';
import { OptionsApp } from '@/src/ui/options/OptionsApp';

mount(OptionsApp, t('optionsTitle'));
