window.shellLoaded = true
