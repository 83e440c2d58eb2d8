import { useI18n } from './i18n/context.ts';
import { isLang, type Lang, languages } from './i18n/index.ts';

export function LanguagePicker({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const { t } = useI18n();
  return (
    <div className="lang">
      <label htmlFor="language">{t.language}</label>
      <select
        id="language"
        value={lang}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (isLang(next)) onChange(next);
        }}
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
