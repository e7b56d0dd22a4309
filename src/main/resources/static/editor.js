// The SPARQL editor page: mounts YASGUI (bundled, same origin) in place of the plain form, and
// makes each example's button load that example into the editor and run it. Without scripts the
// plain form and the example forms send the query to /sparql themselves.
(function () {
  "use strict";
  var host = document.getElementById("yasgui");
  if (!host || !window.Yasgui) {
    return;
  }
  var endpoint = window.location.origin + host.getAttribute("data-endpoint");
  // Only the variable completer: the others ask prefix.cc and LOV, which this page never calls.
  window.Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  var plain = document.getElementById("plain-editor");
  var yasgui = new window.Yasgui(host, {
    requestConfig: { endpoint: endpoint, method: "POST", acceptHeaderSelect: "application/sparql-results+json" },
    copyEndpointOnNewTab: false,
    populateFromUrl: false,
    persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] }
  });
  var tab = yasgui.getTab();
  tab.setQuery(document.getElementById("plain-query").value);
  plain.hidden = true;
  document.body.classList.add("yasgui-ready");
  Array.prototype.forEach.call(document.querySelectorAll("button.run-example"), function (button) {
    button.textContent = button.textContent.replace(/^Run:/, "Open and run:");
    button.addEventListener("click", function (event) {
      event.preventDefault();
      var text = button.form.elements.query.value;
      var current = yasgui.getTab();
      current.setQuery(text);
      current.query();
      document.getElementById("editor-heading").scrollIntoView();
    });
  });
})();
