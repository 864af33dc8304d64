/**
 * Is a caption English? The coaching rules are written for English, so the background skips
 * classifying seller lines that are clearly in another language instead of judging them wrongly.
 *
 * Cheap on purpose (it runs on every utterance in the service worker): one regex pass over at most
 * the first MAX_WORDS words, set lookups, no dependencies. Two signals:
 * - script: mostly non-Latin letters (Arabic, Hebrew, Cyrillic, CJK, Devanagari…) is not English;
 * - function words: the short, frequent words of English against those of Spanish, German,
 *   French, Portuguese, Italian and Dutch. Words frequent in English and in one of the others
 *   ("a", "in", "is", "we", "no", "me", "was", "die"…) are left out of the lists: they tell nothing.
 * When in doubt it leans to English (true or null): a wrong `false` would silence the coach.
 */

/** Fewer Latin-script words than this: too short to tell. */
const MIN_WORDS = 4
/** Only the start of a long caption is read; a language does not change mid-sentence. */
const MAX_WORDS = 60
/** Non-Latin letters needed before the script alone decides. */
const MIN_OTHER_SCRIPT_LETTERS = 4
/** Function-word hits another language needs, beyond English's, to call a text not English. */
const MIN_FOREIGN_HITS = 2

const words = (list: string) => new Set(list.split(" "))

const ENGLISH = words(
  "the and to of that it you they this what with for have has be not does did don't but can will would at " +
    "our your how who about there if just my from been or which when all like think know are were it's i'm " +
    "that's we're you're let's they're can't should could going get want need them their these those some " +
    "any than then because where why really we'd we've we'll i've i'd i'll you'd you've you'll they've " +
    "isn't aren't won't wouldn't didn't doesn't haven't there's what's here's who's one",
)

const OTHERS: ReadonlyArray<Set<string>> = [
  // Spanish
  words(
    "el la los las de del que y en un una es por para con se lo su sus al como pero más muy está están " +
      "estamos son hay yo nosotros tenemos tiene qué cómo también este esta eso esto porque cuando sí ya " +
      "les nos mi puede podemos hacer todo bien",
  ),
  // German
  words(
    "der die das und ist nicht ich wir sie es ein eine einen einem einer zu mit den dem von auf für auch " +
      "aber wie noch sehr haben hat sind wird kann können dass oder wenn schon mal bei uns unser unsere " +
      "mein nur im vom zum sich dann gibt jetzt hier nein doch bitte über",
  ),
  // French
  words(
    "le la les des du de et est un une je nous vous il elle ils pas que qui ne en dans pour avec sur ce " +
      "cette ces mais ou au aux sont avons c'est j'ai très aussi bien notre votre nos vos leur peut faire " +
      "tout être avoir y",
  ),
  // Portuguese
  words(
    "o os de do da dos das e é um uma que não em na para com por se mais mas como nós você vocês eu está " +
      "são temos isso este esta muito também quando ao à nossa nosso pode fazer tem foi",
  ),
  // Italian
  words(
    "il lo la gli le di del della dei che e è un una non con sono siamo abbiamo ho ha anche ma questo " +
      "questa molto nel nella ci si io noi voi più perché quando già nostro nostra può fare tutto essere sì",
  ),
  // Dutch
  words(
    "de het een en van ik wij niet dat die op te voor met zijn maar ook er hebben heeft kan wat hoe naar " +
      "als bij ons onze nog wel heel deze dit jullie worden wordt moet kunnen gaan hier nu",
  ),
]

/** Runs of letters (with marks), apostrophes inside words kept: "don't", "c'est". */
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu
const LATIN = /^\p{Script=Latin}/u

/**
 * true: English; false: another language (by script or function words); null: too short, or
 * nothing in it tells (acknowledgements, lists of names).
 */
export function looksEnglish(text: string): boolean | null {
  let latinLetters = 0
  let otherLetters = 0
  const latinWords: string[] = []
  let seen = 0
  for (const match of text.matchAll(WORD)) {
    const word = match[0]
    seen += 1
    if (LATIN.test(word)) {
      latinLetters += word.length
      latinWords.push(word.toLowerCase().replace(/’/g, "'"))
    } else {
      otherLetters += word.length
    }
    if (seen >= MAX_WORDS) break
  }
  if (otherLetters >= MIN_OTHER_SCRIPT_LETTERS && otherLetters > latinLetters) return false
  if (latinWords.length < MIN_WORDS) return null

  let english = 0
  const foreign = OTHERS.map(() => 0)
  for (const word of latinWords) {
    if (ENGLISH.has(word)) english += 1
    OTHERS.forEach((list, index) => {
      if (list.has(word)) foreign[index] = (foreign[index] ?? 0) + 1
    })
  }
  const bestForeign = Math.max(...foreign)
  if (bestForeign >= MIN_FOREIGN_HITS && bestForeign > english) return false
  if (english > 0) return true
  return null
}
