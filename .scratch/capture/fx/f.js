window.__fixture = { ok: 1 }; setTimeout(()=>{document.getElementById("b").textContent="frame2"}, 20)
