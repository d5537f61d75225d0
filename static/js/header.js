// Progressive enhancement for the phone header. Without JavaScript the
// "Zoeken" and "Menu" links jump to #zoeken-kop and #hoofdmenu, which the CSS
// shows with :target. Here they become disclosure buttons (aria-expanded,
// aria-controls); the panel gets data-open. One panel is open at a time.
// Escape closes it and puts focus back on its button.
(() => {
  const toggles = [];

  const setOpen = (toggle, open) => {
    toggle.button.setAttribute("aria-expanded", String(open));
    toggle.panel.toggleAttribute("data-open", open);
  };

  document.querySelectorAll("a[data-disclosure]").forEach((link) => {
    const panel = document.getElementById(link.hash.slice(1));
    if (!panel) {
      return;
    }
    const button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.innerHTML = link.innerHTML;
    button.setAttribute("aria-controls", panel.id);
    const toggle = { button, panel, focus: link.dataset.focus };
    setOpen(toggle, false);
    button.addEventListener("click", () => {
      const open = button.getAttribute("aria-expanded") !== "true";
      toggles.forEach((other) => setOpen(other, false));
      setOpen(toggle, open);
      const field = open && toggle.focus && panel.querySelector(toggle.focus);
      if (field) {
        field.focus();
      }
    });
    link.replaceWith(button);
    panel.classList.add("is-enhanced");
    toggles.push(toggle);
  });

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") {
      return;
    }
    toggles.forEach((toggle) => {
      if (toggle.button.getAttribute("aria-expanded") === "true") {
        setOpen(toggle, false);
        toggle.button.focus();
      }
    });
  });
})();
