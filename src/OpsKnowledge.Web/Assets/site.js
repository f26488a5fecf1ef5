// Keyboard shortcuts only; the pages work without this file.
(function () {
  "use strict";
  function typing(target) {
    return target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable);
  }
  var selected = -1;
  function hits() { return Array.prototype.slice.call(document.querySelectorAll("li.hit")); }
  function select(index) {
    var list = hits();
    if (list.length === 0) return;
    selected = Math.max(0, Math.min(list.length - 1, index));
    list.forEach(function (item, i) { item.classList.toggle("selected", i === selected); });
    list[selected].scrollIntoView({ block: "nearest" });
    var link = list[selected].querySelector("a.hit-link");
    if (link) link.focus({ preventScroll: true });
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape" && typing(event.target)) { event.target.blur(); return; }
    if (typing(event.target)) return;
    var box = document.getElementById("q");
    if (event.key === "/" && box) {
      event.preventDefault();
      box.focus();
      box.select();
    } else if (event.key === "j") {
      select(selected + 1);
    } else if (event.key === "k") {
      select(selected - 1);
    }
  });
})();
