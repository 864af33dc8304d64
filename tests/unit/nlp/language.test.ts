import { describe, expect, it } from "vitest"
import { looksEnglish } from "../../../src/nlp/language"

describe("looksEnglish", () => {
  describe("returns true for", () => {
    it.each([
      "Who else on your team feels it first when a delivery slips?",
      "so a bit about us we were founded in 2009 and we are the leading provider of fleet software",
      "if nothing changes, where is this number in a year",
      // code-switched: English with one foreign word or phrase
      "Let's circle back on the pricing mañana, does that work for you?",
      "That is exactly the Zeitgeist we see across our customers right now.",
      "We can send the deck to the whole équipe after the call.",
      // names, places and emoji
      "Thanks Dana 🙏 see you Thursday 🎉",
      "José and María from Bogotá will join the next call with their CFO.",
      "I'd loop in Björn Müller, he owns the rollout at Zürich.",
      "Thanks ليلى, we will send you the summary after the call.",
      "We've seen this with Société Générale and Deutsche Bahn too",
      // lower case, no punctuation, as raw captions come
      "yeah i think that makes sense for the team",
    ])("%s", (text) => {
      expect(looksEnglish(text)).toBe(true)
    })
  })

  describe("returns false for", () => {
    it.each([
      ["Spanish", "Necesitamos una demo del software para el equipo de ventas."],
      ["Spanish", "¿Qué es lo que más les preocupa del proyecto este año?"],
      ["German", "Können wir über die Lösung für unser Team sprechen?"],
      ["German", "Ich glaube, das ist nicht die richtige Zeit dafür."],
      ["French", "Je pense que c'est une bonne idée pour notre équipe."],
      ["French", "Nous avons besoin de plus de temps pour décider."],
      ["Portuguese", "Acho que isso não vai funcionar para nós este ano."],
      ["Italian", "Penso che sia una buona idea per il nostro team."],
      ["Dutch", "Ik denk dat het een goed idee is voor ons team."],
      ["Dutch", "We hebben een plan nodig voor de uitrol van het systeem."],
      ["Arabic", "نحن نحتاج إلى خطة أفضل للتسليم."],
      ["Hebrew", "אנחנו צריכים תוכנית טובה יותר."],
      ["Russian", "Да, это хорошо, давайте обсудим цены."],
      ["Chinese", "我们需要一个更好的计划"],
      ["Japanese", "はい、わかりました。来週また話しましょう。"],
      ["Hindi", "हमें एक बेहतर योजना चाहिए"],
      ["one Arabic word: the script is enough", "مرحبا"],
      ["Spanish with one English word", "Creo que el pricing es demasiado alto para nosotros."],
    ])("%s: %s", (_language, text) => {
      expect(looksEnglish(text)).toBe(false)
    })
  })

  describe("returns null (cannot tell) for", () => {
    it.each([
      "",
      "   ",
      "Yeah.",
      "OK sure",
      "Sounds good.",
      "Mm-hmm, yes, right.",
      "Sí, claro.",
      "Genau, danke",
      "👍🏽 🎉",
      "Great, sounds good, thanks!",
      "Dana, Priya, Sam",
      "はい",
    ])("%j", (text) => {
      expect(looksEnglish(text)).toBeNull()
    })
  })

  it("reads only the start of a long caption, fast", () => {
    const long = `${"we think the plan works for your team and ".repeat(600)}`
    const started = performance.now()
    for (let i = 0; i < 200; i += 1) expect(looksEnglish(long)).toBe(true)
    // 200 captions of ~25,000 characters: well under a millisecond each.
    expect(performance.now() - started).toBeLessThan(200)
  })
})
