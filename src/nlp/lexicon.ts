/**
 * The sales-conversation lexicon, as a compromise plugin: new tags for the domain and the words
 * that carry them. Rules match on these tags (#Stakeholder, #Offering…) instead of repeating
 * word lists, so a new word added here reaches every rule at once.
 */
import { FRAME_TAG_DEFS } from "./frames"
import { HESITATIONS, list } from "./spoken"

/** Custom tags, each placed under a built-in tag so #Noun/#Adjective patterns still see them. */
export const DOMAIN_TAGS = {
  /** People and groups inside the client who decide, approve or feel the pain. */
  Stakeholder: { isA: "Noun" },
  /** What the seller sells: "platform", "tool", "module". */
  Offering: { isA: "Noun" },
  /** A product capability pitched as the value. */
  Feature: { isA: "Noun" },
  /** Pitch material read at the client: "deck", "slides". */
  PitchMaterial: { isA: "Noun" },
  /** Marketing adjectives that say nothing: "next-gen", "best-in-class". */
  Buzzword: { isA: "Adjective" },
  /** Marketing nouns that say nothing: "synergy", "ecosystem". */
  Jargon: { isA: "Noun" },
  /** Outside forces that move a client's results: "regulation", "tariffs", "rates". */
  Force: { isA: "Noun" },
  /** Numbers a business is run by: "margin", "churn", "overtime". */
  Metric: { isA: "Noun" },
  /** Generic words for trouble used in checklist questions: "pain points", "challenges". */
  PainWord: { isA: "Noun" },
  /** Rival sellers: "competitors", "the other vendors". */
  Competitor: { isA: "Noun" },
  /** Kinds of organisations and roles a seller meets across many clients ("clinics", "dealer groups"). */
  Peer: { isA: "Plural" },
  /** Market actors whose changing behaviour makes a trend ("payers", "regulators", "shoppers"). */
  MarketActor: { isA: "Peer" },
  /** Hesitation sounds that survive normalization. */
  Filler: { isA: "Expression" },
  /** Time off and pastimes, the stuff of personal small talk: "the weekend", "the playoffs". */
  Leisure: { isA: "Noun" },
} as const

export type DomainTag = keyof typeof DOMAIN_TAGS

const WORDS_BY_TAG: Record<DomainTag, string[]> = {
  Stakeholder: list(`
  cfo, ceo, coo, cio, cto, cmo, cro, ciso, vp, svp, evp, controller, procurement, purchasing,
  legal, finance, board, leadership, leadership team, committee, steering group,
  steering committee, stakeholder, stakeholders, decision maker, decision makers, sponsor,
  executive sponsor, champion, executives, execs, exec team, it director, it lead, it team,
  security team, ops leads, head of operations, head of nursing, head of sales, head of it,
  director, directors, supervisors, owner, owners, managing partner
`),
  Offering: list(`
  platform, platforms, product, products, solution, solutions, software, tool, tools, module,
  modules, suite, app, apps, dashboard, dashboards, system, offering, portal, console, workspace,
  application
`),
  Feature: ["feature", "features", "functionality", "capability", "capabilities", "integrations"],
  PitchMaterial: list(`
  deck, slides, slide, slide deck, presentation, overview, company overview, pitch, demo,
  brochure, rate card, rate cards, media kit, media kits, price list, sell sheet
`),
  Buzzword: list(`
  next gen, next generation, cutting edge, best in class, world class, state of the art, revolutionary, game changing,
  disruptive, innovative, seamless, cloud native, ai powered,
  turnkey, bleeding edge, industry leading, omnichannel, ai enabled, ai driven, ai first, future proof,
  frictionless, next level, transformative, human centred, human centered, human centric, data led,
  modern workforce, future of work
`),
  Jargon: ["synergy", "synergies", "ecosystem", "paradigm", "value chain", "game changer", "secret sauce"],
  Force: list(`
  regulation, regulations, rules, tariffs, tariff, rates, interest rates, inflation,
  consolidation, labor market, labour market, talent pool, shortage, shortages, market, markets,
  economy, reimbursement, payers, automation, mandate, mandates, compliance, capacity, demand,
  wages, freight, privacy rules, trend, trends, headwinds, tailwinds, recession, law, laws,
  legislation, policy, ruling, standards, requirements, funding, subsidies, prices,
  energy prices, fuel prices, construction costs, material costs, labor costs, labour costs,
  premiums, insurance premiums, supply chain, supply chains, talent market, job market,
  housing market, payer mix, enrollment, enrolment, demographics, ransomware, cyber attacks,
  fraud, remote work, hybrid work, the cloud, interest, tariff schedule, minimum wage,
  overtime law, overtime rules, accessibility rules, emissions rules, reporting rules,
  data rules, hybrid working, remote working, requirement, currency swings, exchange rates,
  exchange rate, fx rates, volatility, levy, levies, carbon levy, carbon tax, cap, caps, quota, quotas,
  duties, import duties
`),
  Metric: list(`
  revenue, margin, margins, churn, cost, costs, overtime, backlog, turnover, retention, pipeline,
  conversion, throughput, downtime, scrap, shrink, write offs, no shows, win rate, cycle time, productivity, utilization, utilisation, readmissions, penalties, fines,
  escalations, errors, attrition, spend, cash flow, receivables, headcount, forecast, payback,
  number, numbers, figure, figures, rate, cost per claim, cost per hire, lead time, lead times,
  error rate
`),
  PainWord: list(`
  pain, pains, pain point, pain points, challenge, challenges, problems, issues, struggle,
  struggles, headache, headaches, frustration, frustrations, hurdles
`),
  Peer: list(`
  clients, companies, teams, firms, organizations, organisations, businesses, groups, hospitals,
  health systems, banks, credit unions, retailers, distributors, manufacturers, schools,
  school districts, districts, clinics, practices, plants, utilities, dealers, dealer groups,
  agencies, brands, shops, restaurants, hotels, startups, enterprises, operators, fleets,
  warehouses, law firms, co ops, contractors, cfos, ctos, leaders, plant managers,
  sales teams, finance teams, ops teams, accounts, customers like you
`),
  MarketActor: list(`
  payers, regulators, buyers, consumers, shoppers, patients, customers, carriers, insurers,
  lenders, investors, brokers, suppliers, employers, candidates, travelers, travellers, guests,
  students, parents, tenants, homeowners, members, donors, central bank, central banks
`),
  Competitor: list(`
  competitor, competitors, competition, other vendors, other guys, other providers, big players,
  incumbents, big providers, big vendors, legacy vendors, legacy providers, legacy players,
  traditional vendors, traditional providers, other lot, big guys, big boys
`),
  Filler: [...HESITATIONS],
  Leisure: list(`
  weekend, weekends, long weekend, vacation, vacations, holiday, holidays, time off, barbecue,
  playoffs, tournament, concert, golf, ski trip, road trip, the lake, the beach, soccer, football,
  baseball, hockey, basketball
`),
}

/**
 * Words that are often verbs too ("it costs", "let me demo it"). They get the domain tag as a
 * lexicon hint the tagger may override; every other word is frozen so context never untags it
 * ("finance signs off" keeps "finance" a #Stakeholder).
 */
const ALSO_VERBS: ReadonlySet<string> = new Set(
  list(`
  cost, costs, demo, pitch, spend, forecast, shrink, champion, market, owner, board, trend,
  director
`),
)

function buildLexicon(frozen: boolean): Record<string, string> {
  const words: Record<string, string> = {}
  for (const [tag, list] of Object.entries(WORDS_BY_TAG)) {
    for (const word of list) if (ALSO_VERBS.has(word) !== frozen) words[word] = tag
  }
  return words
}

/** The compromise plugin: pass to nlp.extend() once per worker (engine.ts does). */
export const salesLexiconPlugin = {
  tags: { ...DOMAIN_TAGS, ...FRAME_TAG_DEFS },
  words: buildLexicon(false),
  frozen: buildLexicon(true),
}
