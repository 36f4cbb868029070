import { type ComponentType, render } from 'preact';
import { catalogueLanguage } from '@/src/i18n/t';
import './theme.css';

/** Renders a page's root component, in her language and with a translated title. */
export function mount(App: ComponentType, title: string): void {
  // Framed by another page (where the CSP's frame-ancestors isn't honoured): show nothing to click on.
  if (window.top !== window) return;
  document.documentElement.lang = catalogueLanguage();
  document.title = title;
  const root = document.getElementById('app');
  if (root) render(<App />, root);
}
