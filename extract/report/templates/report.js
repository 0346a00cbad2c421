// Filters of the agreement table: free text over parties, title, place and article ids,
// and type / status / province; "show in table" on a top party fills the search.
(function () {
  "use strict";
  var table = document.getElementById("agreements-table");
  if (!table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var text = document.getElementById("filter-text");
  var selects = ["type", "status", "province"].map(function (name) {
    return { name: name, element: document.getElementById("filter-" + name) };
  });
  var count = document.getElementById("filter-count");

  function apply() {
    var words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var haystack = row.getAttribute("data-search");
      var visible = words.every(function (word) { return haystack.indexOf(word) !== -1; }) &&
        selects.every(function (select) {
          return !select.element.value || row.getAttribute("data-" + select.name) === select.element.value;
        });
      row.hidden = !visible;
      if (visible) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " agreements shown";
  }

  text.addEventListener("input", apply);
  selects.forEach(function (select) { select.element.addEventListener("change", apply); });
  Array.prototype.forEach.call(document.querySelectorAll("button.show-party"), function (button) {
    button.addEventListener("click", function () {
      text.value = button.getAttribute("data-filter");
      selects.forEach(function (select) { select.element.value = ""; });
      apply();
      document.getElementById("agreements").scrollIntoView();
    });
  });
  apply();
})();
