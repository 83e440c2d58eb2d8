import type { Lang } from './index.ts';
import { type ObjectsMessages, objectsEn } from './objects.en.ts';
import { objectsKo } from './objects.ko.ts';

/**
 * The Cluster objects mode's strings in every language. Kept out of `messages` so they load with
 * the mode (its own chunk), not with the page.
 */
export const objectsMessages: Record<Lang, ObjectsMessages> = { en: objectsEn, ko: objectsKo };
