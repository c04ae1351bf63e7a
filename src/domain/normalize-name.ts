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

/**
 * The name without its middle initials: "Tomas K. Vrell" → "Tomas Vrell", "Ada H.W. Lorne" →
 * "Ada Lorne"; null when there are none. Across articles a name with initials and the same name
 * without them are one speaker, but two names whose initials differ never meet through it.
 */
export function withoutMiddleInitials(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 3) return null;
  const kept = [words[0] ?? '', ...words.slice(1, -1).filter((w) => !/^(?:\p{Lu}\.)+$/u.test(w)), words[words.length - 1] ?? ''];
  return kept.length < words.length ? kept.join(' ') : null;
}
