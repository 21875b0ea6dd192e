// The process tool's one script: it sends the session's form token with every htmx request, so
// that no page needs a script of its own (the Content-Security-Policy allows none inline).
document.addEventListener("htmx:configRequest", function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) {
    event.detail.headers["X-CSRF-Token"] = meta.getAttribute("content");
  }
});
