/**
 * The key two names must share to be the same speaker or organisation across articles:
 * case, accents, punctuation, hyphens and curly/straight apostrophes do not count, so
 * "Mokhtar al-Moussawi", "Mokhtar Al Moussawi" and "MOKHTAR AL-MOUSSAWI" meet, while
 * different spellings ("al-Musawi") stay apart unless recorded as aliases.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
