import { describe, expect, it } from "vitest"
import type { Classification } from "../../../src/core/types"
import { callLanguage, classifyEnglishOnly } from "../../../src/session/call-language"

const judged: Classification = {
  verdict: "down",
  labels: [
    { principle: "teach-models", polarity: "down", rule: "models-company-story", evidence: "fundada" },
  ],
  question: false,
  questionCount: 0,
  questionKind: null,
}

describe("classifyEnglishOnly", () => {
  const classify = classifyEnglishOnly(() => judged)

  it("does not judge a seller line that is clearly not English", () => {
    expect(
      classify("nuestra empresa fue fundada en 2009 y somos los líderes del mercado", true),
    ).toMatchObject({
      verdict: "neutral",
      labels: [],
    })
  })

  it("judges English seller lines, short lines and client lines as usual", () => {
    expect(classify("we were founded in 2009 and we are the leading provider", true)).toBe(judged)
    expect(classify("ok gracias", true)).toBe(judged)
    expect(classify("nuestra empresa fue fundada en 2009 y somos los líderes del mercado", false)).toBe(
      judged,
    )
  })
})

describe("callLanguage", () => {
  const seller = (text: string) => ({ self: true, text })
  const client = (text: string) => ({ self: false, text })

  it("is English until the seller's recent lines are mostly another language", () => {
    expect(callLanguage([])).toBe("en")
    expect(
      callLanguage([client("pues no sé qué decir de todo esto"), seller("so what happened after that")]),
    ).toBe("en")
    const spanish = [
      seller("bueno entonces vamos a hablar de los precios"),
      seller("nosotros tenemos una solución para su empresa"),
      seller("ok"),
    ]
    expect(callLanguage(spanish)).toBe("other")
    expect(
      callLanguage([
        ...spanish,
        seller("sorry let me switch to english for the rest of the call"),
        seller("so what did you try last year"),
      ]),
    ).toBe("en")
  })
})
