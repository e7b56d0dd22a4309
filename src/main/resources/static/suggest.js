// Suggestions as you type for the search boxes of /models and /datasets: fills the <datalist>
// of an <input data-suggest="URL"> from URL?q=…. The form works the same without this script.
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest]");
  if (!input || !input.list || !window.fetch) {
    return;
  }
  var list = input.list;
  var timer = null;
  var asked = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (q.length < 2 || q === asked) {
        return;
      }
      asked = q;
      fetch(input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (found) {
          if (q !== asked) {
            return;
          }
          while (list.firstChild) {
            list.removeChild(list.firstChild);
          }
          found.forEach(function (s) {
            var option = document.createElement("option");
            option.value = s.label;
            if (s.id && s.id !== s.label) {
              option.label = s.id;
            }
            list.appendChild(option);
          });
        })
        .catch(function () { /* suggestions are a help, not a need */ });
    }, 150);
  });
})();
