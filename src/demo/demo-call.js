// The bundled demo call for `npm start`: a Google Meet page (2026 caption structure) that replays
// a sample discovery call's captions word by word, the way Meet rewrites its caption text.
// Served at https://meet.google.com/one-demo-cal by request routing; plain JS, no build.
;(function () {
  const script = [
    ["You", "hi priya thanks for making the time today"],
    ["Priya Shah", "yes of course we have about thirty minutes"],
    [
      "You",
      "great so before we dive in we were founded in 2009 and we're the leading provider of route planning software with over five hundred customers",
    ],
    ["Priya Shah", "okay tell me about how it works"],
    [
      "You",
      "across the forty rollouts we ran last year the teams that cut late deliveries fastest changed their dispatch process first and the software second",
    ],
    ["Priya Shah", "interesting our dispatch is still mostly spreadsheets honestly"],
    ["You", "who else feels it first when a delivery slips and how do they hear about it today"],
    ["Priya Shah", "customer service hears it from the customer and then they call the dispatcher"],
    ["You", "if nothing changes where do you think your late delivery rate is a year from now"],
    ["Priya Shah", "probably worse we are adding two new regions next spring"],
    [
      "You",
      "my recommendation is to pilot in one region first and bring finance in early who should join our next call",
    ],
    ["Priya Shah", "our controller should be there I can invite her"],
  ]
  const params = new URLSearchParams(location.search)
  const speed = Number(params.get("speed") || "1")
  const wordMs = 260 / speed
  const pauseMs = 900 / speed

  const region = document.querySelector("[data-demo=captions]")
  const ccButton = document.querySelector("[data-demo=cc]")
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
  let started = false
  let resolveDone
  const done = new Promise((resolve) => (resolveDone = resolve))

  function block(speaker) {
    const turn = document.createElement("div")
    turn.className = "nMcdL"
    const head = document.createElement("div")
    head.className = "adE6rb"
    const avatar = document.createElement("img")
    avatar.alt = ""
    avatar.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw="
    const nameWrap = document.createElement("div")
    nameWrap.className = "KcIKyf"
    const name = document.createElement("span")
    name.className = "NWpY1d"
    name.textContent = speaker
    nameWrap.append(name)
    head.append(avatar, nameWrap)
    const text = document.createElement("div")
    text.className = "ygicle VbkSUe"
    text.append(document.createTextNode(""))
    turn.append(head, text)
    region.insertBefore(turn, region.lastElementChild)
    return text.firstChild
  }

  async function replay() {
    for (const [speaker, line] of script) {
      const node = block(speaker)
      const words = line.split(" ")
      for (let index = 1; index <= words.length; index += 1) {
        node.data = words.slice(0, index).join(" ")
        await sleep(wordMs)
      }
      node.data = line.charAt(0).toUpperCase() + line.slice(1) + "."
      await sleep(pauseMs)
    }
    resolveDone()
  }

  function start() {
    if (started) return
    started = true
    region.hidden = false
    ccButton.setAttribute("aria-pressed", "true")
    void replay()
  }

  ccButton.addEventListener("click", start)
  window.__demo = { start, done, lines: script.length }
  if (params.get("autostart") === "1") setTimeout(start, 500)
})()
