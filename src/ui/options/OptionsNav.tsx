import { t } from '@/src/i18n/t';

export interface NavItem {
  id: string;
  label: string;
}

/** A short in-page table of contents. */
export function OptionsNav({ items }: { items: NavItem[] }) {
  return (
    <nav class="options-nav" aria-label={t('optionsNavLabel')}>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
