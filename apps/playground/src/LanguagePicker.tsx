import { useI18n } from './i18n/context.ts';
import { type Lang, languages } from './i18n/index.ts';

export function LanguagePicker({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const { t } = useI18n();
  return (
    <div className="lang">
      <label htmlFor="language">{t.language}</label>
      <select
        id="language"
        value={lang}
        onChange={(e) => onChange(e.currentTarget.value === 'ko' ? 'ko' : 'en')}
      >
        {languages.map((l) => (
          <option key={l.lang} value={l.lang} lang={l.lang}>
            {l.label}
          </option>
        ))}
      </select>
    </div>
  );
}
