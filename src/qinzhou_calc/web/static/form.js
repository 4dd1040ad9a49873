// qinzhou-calc forms: add and remove list rows, switch optional groups on and off, and bring the
// result or the list of errors into view. The form works without this script.
(function () {
  "use strict";

  function toggle(box) {
    var set = document.getElementById(box.getAttribute("data-toggle"));
    if (!set) { return; }
    if (box.checked) { set.removeAttribute("data-off"); } else { set.setAttribute("data-off", ""); }
    set.querySelectorAll(".inner input, .inner select, .inner button").forEach(function (el) {
      el.disabled = !box.checked;
    });
  }

  function addRow(button) {
    var list = button.closest("fieldset");
    var rows = list.querySelector(":scope > [data-rows]");
    var template = list.querySelector(":scope > template[data-template]");
    var index = parseInt(rows.getAttribute("data-next"), 10);
    var html = template.innerHTML
      .split(rows.getAttribute("data-placeholder")).join(String(index))
      .split(rows.getAttribute("data-number")).join(String(index + 1));
    var holder = document.createElement("div");
    holder.innerHTML = html;
    var row = holder.firstElementChild;
    rows.appendChild(row);
    rows.setAttribute("data-next", String(index + 1));
    var first = row.querySelector("input:not([type=hidden]), select");
    if (first) { first.focus(); }
  }

  function removeRow(button) {
    var row = button.closest("[data-row]");
    var list = row.closest("fieldset");
    row.remove();
    var add = list.querySelector(":scope > button[data-add]");
    if (add) { add.focus(); }
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var add = target.closest("button[data-add]");
    if (add) { event.preventDefault(); addRow(add); return; }
    var remove = target.closest("button[data-remove]");
    if (remove) { event.preventDefault(); removeRow(remove); }
  });

  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target instanceof HTMLInputElement && target.hasAttribute("data-toggle")) { toggle(target); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-toggle]").forEach(toggle);
    var first = document.getElementById("errors") || document.getElementById("result");
    if (first) { first.focus(); }
  });
})();
