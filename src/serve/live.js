// styrdok serve: reloads the page after a rebuild and shows build errors.
// Injected only by the development server, never into a built site.
(function () {
  var overlay = null;
  function show(text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "styrdok-errors";
      overlay.setAttribute("role", "alert");
      overlay.className = "styrdok-overlay";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "";
    var h = document.createElement("h2");
    h.textContent = "styrdok: the last edit has errors — showing the last good version";
    var pre = document.createElement("pre");
    pre.textContent = text;
    overlay.appendChild(h);
    overlay.appendChild(pre);
  }
  var events = new EventSource("/__styrdok/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("error-report", function (e) { show(JSON.parse(e.data)); });
})();
