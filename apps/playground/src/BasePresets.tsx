import { useI18n } from './i18n/context.ts';
import { kubectlPort, type PresetId, presetBase, presetIds, presetOf } from './presets.ts';

/**
 * One click to another door: kubectl proxy, in-cluster, the API server's address, a gateway
 * (Rancher, Headlamp, Backstage), none, custom. The hint follows the base (kubectl proxy's port).
 */
export function BasePresets({ base, onBase }: { base: string; onBase: (base: string) => void }) {
  const { t } = useI18n();
  const current = presetOf(base);

  const pick = (id: PresetId) => {
    if (id === 'custom') {
      const field = document.getElementById('field-base');
      if (field instanceof HTMLInputElement) {
        field.focus();
        field.select();
      }
      return;
    }
    if (id !== current) onBase(presetBase[id]);
  };

  return (
    <fieldset className="presets">
      <legend>{t.form.presets}</legend>
      <div className="preset-buttons">
        {presetIds.map((id) => (
          <button
            key={id}
            type="button"
            className="preset"
            aria-pressed={id === current}
            aria-describedby="preset-hint"
            onClick={() => pick(id)}
          >
            {t.form.presetNames[id]}
          </button>
        ))}
      </div>
      <p id="preset-hint" className="help">
        {current === 'kubectl'
          ? t.form.kubectlHint(kubectlPort(base))
          : t.form.presetHints[current]}
      </p>
    </fieldset>
  );
}
