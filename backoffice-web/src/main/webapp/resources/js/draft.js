/*
 * Long texts are not lost when the page is: what is typed in a textarea with data-draft="<name>" is
 * kept in this tab (sessionStorage, gone when the tab closes) and put back when the page shows the
 * field empty again, e.g. after an expired page or a dropped connection. The page that confirms
 * the text was sent names the draft in data-draft-sent, which forgets it.
 */
(function () {
  "use strict";
  var store;
  try {
    store = window.sessionStorage;
    if (!store) {
      return;
    }
  } catch (blocked) {
    return;
  }
  var prefix = "backoffice-draft:";

  Array.prototype.forEach.call(document.querySelectorAll("[data-draft-sent]"), function (sent) {
    store.removeItem(prefix + sent.getAttribute("data-draft-sent"));
  });

  Array.prototype.forEach.call(document.querySelectorAll("textarea[data-draft]"), function (area) {
    var key = prefix + area.getAttribute("data-draft");
    var saved = store.getItem(key);
    if (saved && !area.value) {
      area.value = saved;
    }
    area.addEventListener("input", function () {
      if (area.value) {
        store.setItem(key, area.value);
      } else {
        store.removeItem(key);
      }
    });
  });
})();
