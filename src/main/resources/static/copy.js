// "Copy" buttons for the encodings of a term page: each <pre data-copy> gets a button that puts
// its text on the clipboard. Without scripts (or a clipboard) the text is there to select.
(function () {
  "use strict";
  if (!navigator.clipboard) {
    return;
  }
  Array.prototype.forEach.call(document.querySelectorAll("pre[data-copy]"), function (pre) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy " + pre.getAttribute("data-copy");
    var status = document.createElement("span");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(pre.textContent).then(function () {
        status.textContent = "Copied.";
      }, function () {
        status.textContent = "Could not copy: select the text instead.";
      });
    });
    pre.parentNode.insertBefore(button, pre.nextSibling);
    pre.parentNode.insertBefore(status, button.nextSibling);
  });
})();
