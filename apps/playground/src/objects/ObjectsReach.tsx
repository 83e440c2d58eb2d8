import type { ProxyResource, ProxyTarget, ResolvedTarget } from 'apiserver-proxy-url';
import { useI18n } from '../i18n/context.ts';
import { objectsMessages } from '../i18n/objects.ts';
import { type Kind, objectPath, portText, reachOf } from './model.ts';
import './objects.css';

const kindOf: Record<ProxyResource, Kind> = { services: 'Service', pods: 'Pod', nodes: 'Node' };

interface Props {
  /** The URL's target, as the page parsed it; `null` when it is not a proxy URL. */
  target: ProxyTarget | null;
  /** `resolveProxyTarget` of the URL against the pasted objects. */
  resolved: ResolvedTarget | null;
  /** Back to the objects (the Cluster objects mode). */
  onShowObjects: () => void;
}

/**
 * Under the URL box, while objects are pasted: which port the URL reaches among them, in a
 * sentence. The reasons (and their fixes) are the diagnostics the library gave, listed with the
 * others.
 */
export default function ObjectsReach({ target, resolved, onShowObjects }: Props) {
  const { lang } = useI18n();
  const r = objectsMessages[lang].reach;
  const reach = resolved && target ? reachOf(resolved) : null;
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
  return (
    <div className="objects-reach" data-reach={reach?.status ?? 'none'}>
      <p id="objects-reach" aria-live="polite">
        {sentence !== '' && (
          <>
            <strong>{r.label}:</strong> {sentence}
          </>
        )}
      </p>
      <button type="button" className="secondary small" onClick={onShowObjects}>
        {r.showObjects}
      </button>
    </div>
  );
}
