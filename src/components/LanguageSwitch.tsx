/**
 * 中文 / English in the header. Each name is written in its own language (and marked with `lang`),
 * so a reader finds theirs whichever language the page is in. The choice is saved in this browser,
 * and an address that chose the language (`?lang=`) is changed to match, so a reload keeps it.
 */
import { LANGUAGES, messages, setLanguage, type Language } from '../i18n';
import { saveLanguage } from '../i18n/language';
import { useLanguage } from './hooks/useLanguage';

const NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '中文' };

export function switchLanguage(language: Language): Promise<void> {
  saveLanguage(language);
  const url = new URL(location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', language);
    history.replaceState(history.state, '', url);
  }
  return setLanguage(language);
}

export function LanguageSwitch() {
  const current = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={messages.common.view.language}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          onClick={() => void switchLanguage(language)}
        >
          {NAMES[language]}
        </button>
      ))}
    </div>
  );
}
