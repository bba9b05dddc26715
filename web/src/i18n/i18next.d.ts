// Types t() keys from the Vietnamese file, so a typo or a missing key fails type-checking.
import type vi from './vi.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
