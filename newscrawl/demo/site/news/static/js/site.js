/* Harbor Daily: copy-link buttons */
document.addEventListener("click", function (e) {
  var t = e.target.closest("[data-copy]");
  if (t && navigator.clipboard) { e.preventDefault(); navigator.clipboard.writeText(location.origin + t.dataset.copy); }
});
