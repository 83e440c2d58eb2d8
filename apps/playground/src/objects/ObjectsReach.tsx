import type { ProxyResource } from 'apiserver-proxy-url';
import { flushSync } from 'react-dom';
import { useI18n } from '../i18n/context.ts';
import { objectsMessages } from '../i18n/objects.ts';
import { type Kind, objectPath, portText, type ReachProps, reachOf } from './model.ts';

const kindOf: Record<ProxyResource, Kind> = { services: 'Service', pods: 'Pod', nodes: 'Node' };

/**
 * Under the URL box, while objects are pasted: which port the URL reaches among them, in a
 * sentence. The reasons (and their fixes) are the diagnostics the library gave, listed with the
 * others.
 */
export function ObjectsReach({ target, resolved, onMode }: ReachProps) {
  const { lang } = useI18n();
  const r = objectsMessages[lang].reach;
  const reach = target ? reachOf(resolved) : null;
  let sentence = '';
  if (reach && target) {
    const object = r.object(kindOf[target.resource], objectPath(target));
    const port = reach.port ? portText(reach.port) : null;
    sentence =
      reach.status === 'reaches'
        ? `${r.reaches(object, port ?? '')}${reach.warnings > 0 ? ` ${r.reachesWarning}` : ''}`
        : reach.status === 'fails'
          ? r.fails(object, port)
          : reach.status === 'not-found'
            ? r.notFound(object)
            : r.unlisted(object);
  }
  /** Back to the objects, with the focus in their text area. */
  const showObjects = () => {
    // Shown first (synchronously; the mode's code is loaded, since objects are pasted).
    flushSync(() => onMode('objects'));
    document.getElementById('cluster-objects')?.focus();
  };
  return (
    <div className="objects-reach" data-reach={reach?.status ?? 'none'}>
      <p id="objects-reach" aria-live="polite">
        {sentence !== '' && (
          <>
            <strong>{r.label}:</strong> {sentence}
          </>
        )}
      </p>
      <button type="button" className="secondary small" onClick={showObjects}>
        {r.showObjects}
      </button>
    </div>
  );
}
