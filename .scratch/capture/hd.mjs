import { Window } from "happy-dom"
const w = new Window({ url: "https://meet.google.com/abc-defg-hij?speed=10", settings: { enableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, navigator: {}} })
const d = w.document
d.write(`<html><body><div id=a>hi</div><iframe id="webclient"></iframe><script>window.x = new URLSearchParams(location.search).get("speed"); setTimeout(()=>{document.getElementById('a').firstChild.data='yo'}, 10)</script></body></html>`)
console.log("x", w.x)
const mo = new w.MutationObserver((recs) => console.log("muts", recs.map(r=>r.type)))
mo.observe(d.body, {subtree:true, childList:true, characterData:true})
const f = d.getElementById("webclient")
console.log("iframe doc", !!f.contentDocument, f.contentDocument?.body?.outerHTML)
if (f.contentDocument) { f.contentDocument.body.innerHTML = "<div id=z>in</div>"; console.log(f.contentDocument.getElementById("z").textContent) 
 const mo2 = new w.MutationObserver((r)=>console.log("iframe muts", r.length)); mo2.observe(f.contentDocument.body, {subtree:true, childList:true}); f.contentDocument.body.appendChild(f.contentDocument.createElement("p"))}
await new Promise(r=>setTimeout(r,50))
console.log(d.getElementById('a').textContent)
const w2 = new Window({url:"https://x.y/"}); w2.document.write("<script>window.q=1</script>"); console.log("default eval", w2.q)
await w.happyDOM.close(); await w2.happyDOM.close()
