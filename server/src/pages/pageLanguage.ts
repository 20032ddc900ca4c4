import { z } from 'zod';
import { languageSchema } from '../../../shared/office';
import { type Language } from '../../../shared/language';

const querySchema = z.object({ lang: languageSchema });

/** ?lang=ko|en|zh|vi first, then the browser's first choice if it is one we speak, then `fallback`. */
export function pageLanguage(query: unknown, acceptLanguage: string | undefined, fallback: Language): Language {
  const explicit = querySchema.safeParse(query);
  if (explicit.success) return explicit.data.lang;
  const preferred = languageSchema.safeParse(acceptLanguage?.split(',')[0]?.split('-')[0]?.trim().toLowerCase());
  return preferred.success ? preferred.data : fallback;
}
