// Verb inflection from compromise's conjugator, with regular English endings where it leaves a verb bare.
import { ententeNlp } from './plugin.ts';

type Conjugate = (verb: string, model: object) => Record<string, string>;

let conjugator: Conjugate | null = null;

/** Every inflected form of a verb lemma ("strike" → "struck", "strikes", "striking"), without the lemma itself. */
export function verbForms(verb: string): string[] {
  const nlp = ententeNlp();
  // compromise's own conjugator, without parsing (nlp.methods() is untyped).
  conjugator ??= (nlp.methods() as { two: { transform: { verb: { conjugate: Conjugate } } } }).two
    .transform.verb.conjugate;
  const forms = conjugator(verb, nlp.model());
  const known = Object.values(forms).filter((form) => form !== verb && !form.startsWith('will '));
  // compromise leaves some rare verbs bare ("strafe", "pummel", "ram"): regular endings fill the gap.
  const bare = forms.Gerund === verb || forms.PastTense === verb;
  return [...new Set([...known, ...(bare ? regularForms(verb) : [])])];
}

/** -s, -ed and -ing forms by the regular spelling rules, with and without a doubled final consonant. */
function regularForms(verb: string): string[] {
  if (/e$/.test(verb)) return [`${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(verb))
    return [`${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`, `${verb}ing`];
  const forms = [`${verb}s`, `${verb}ed`, `${verb}ing`];
  // "ram" → "rammed", "pummel" → "pummelled" (British) as well as "pummeled".
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(verb)) {
    const doubled = verb + verb.slice(-1);
    forms.push(`${doubled}ed`, `${doubled}ing`);
  }
  return forms;
}
