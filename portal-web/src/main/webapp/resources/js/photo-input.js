/*
 * Photos that are too large need not be sent: the browser checks the size first and says so next
 * to the field, before minutes of uploading. The server checks everything again (and refuses a
 * file that is too large with the same message, keeping what was typed).
 */
(function () {
  "use strict";

  function tooLarge(input) {
    var max = Number(input.getAttribute("data-max-bytes"));
    return Array.prototype.some.call(input.files || [], function (file) {
      return file.size > max;
    });
  }

  function show(input, wrong) {
    var id = input.id + "-size";
    var note = document.getElementById(id);
    if (!wrong) {
      if (note) {
        note.remove();
      }
      input.removeAttribute("aria-invalid");
      return;
    }
    if (!note) {
      note = document.createElement("span");
      note.id = id;
      note.className = "field-error";
      note.setAttribute("role", "alert");
      input.insertAdjacentElement("afterend", note);
    }
    var megabytes = Math.round(Number(input.getAttribute("data-max-bytes")) / (1024 * 1024));
    note.textContent = input.getAttribute("data-too-large").replace("{0}", megabytes);
    input.setAttribute("aria-invalid", "true");
  }

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (input.matches && input.matches("input[type=file][data-max-bytes]")) {
      show(input, tooLarge(input));
    }
  });

  document.addEventListener("submit", function (event) {
    var inputs = event.target.querySelectorAll("input[type=file][data-max-bytes]");
    Array.prototype.forEach.call(inputs, function (input) {
      if (tooLarge(input)) {
        show(input, true);
        input.focus();
        event.preventDefault();
      }
    });
  }, true);
})();
