/**
 * `[...text.matchAll(re)]` for a global regex, by `exec` on the regex itself: `matchAll` builds a copy
 * of the regex (and an iterator) at every call, which for many short passages and a handful of
 * patterns each costs as much as the search. The same matches: from 0, each search where the last
 * ended, past an empty match by one code point (`u`, `v`) or unit; `lastIndex` is 0 again at the end.
 * The matches are all found before any is returned, so the regex may be shared (module constants).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  // matchAll's own refusal: without the global flag exec would find the first match forever.
  if (!re.global) throw new TypeError('allMatches needs a global regex');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') {
      const i = re.lastIndex;
      const pair =
        (re.unicode || re.flags.includes('v')) &&
        i + 1 < text.length &&
        /[\ud800-\udbff]/.test(text[i] ?? '') &&
        /[\udc00-\udfff]/.test(text[i + 1] ?? '');
      re.lastIndex = i + (pair ? 2 : 1);
    }
  }
  return out;
}
