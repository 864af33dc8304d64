/**
 * The extension's build of compromise "two" (package.json `alias` points `compromise/two` here
 * for the bundler only; Node, the tests and the scoring command use the package's own entry).
 *
 * It registers the same plugins in the same order as compromise's src/one.js and src/two.js,
 * so tokenizing and tagging are identical, and leaves out the three the coach never calls:
 * typeahead (autocomplete of a prefix, whose hook does nothing with an empty model), lazy
 * (`nlp.lazy`) and swap (`doc.swap`). That keeps about 3 KB out of a worker near its budget.
 * The bundler resolves these deep paths because it does not enforce the package's `exports`.
 */
import nlp from "compromise/src/nlp.js"
import cache from "compromise/src/1-one/cache/plugin.js"
import change from "compromise/src/1-one/change/plugin.js"
import contractions from "compromise/src/1-one/contraction-one/plugin.js"
import freeze from "compromise/src/1-one/freeze/plugin.js"
import lexicon from "compromise/src/1-one/lexicon/plugin.js"
import lookup from "compromise/src/1-one/lookup/plugin.js"
import match from "compromise/src/1-one/match/plugin.js"
import output from "compromise/src/1-one/output/plugin.js"
import pointers from "compromise/src/1-one/pointers/plugin.js"
import sweep from "compromise/src/1-one/sweep/plugin.js"
import tag from "compromise/src/1-one/tag/plugin.js"
import tokenize from "compromise/src/1-one/tokenize/plugin.js"
import preTag from "compromise/src/2-two/preTagger/plugin.js"
import contractionTwo from "compromise/src/2-two/contraction-two/plugin.js"
import postTag from "compromise/src/2-two/postTagger/plugin.js"

// The order of compromise's own entries (it matters: later plugins extend earlier models).
nlp.extend(change)
nlp.extend(output)
nlp.extend(match)
nlp.extend(pointers)
nlp.extend(tag)
nlp.plugin(contractions)
nlp.extend(tokenize)
nlp.extend(freeze)
nlp.plugin(cache)
nlp.extend(lookup)
nlp.extend(lexicon)
nlp.extend(sweep)
nlp.plugin(preTag)
nlp.plugin(contractionTwo)
nlp.plugin(postTag)

export default nlp
